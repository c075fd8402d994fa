internal import CZlib
import Foundation

/// A decoded PNG, for tests that compare pictures by their pixels rather than their bytes: two
/// encoders may compress the same picture differently.
public struct PNGPixels: Equatable, Sendable {
    public var width: Int
    public var height: Int
    /// The PNG colour type: 2 (RGB) or 6 (RGBA).
    public var colorType: UInt8
    /// Pixels as R, G, B, A bytes, rows top to bottom; RGB images read as opaque.
    public var rgba: [UInt8]

    public enum DecodeError: Error, Equatable {
        case notPNG
        case badChunk(String)
        case unsupported(String)
        case corrupt(String)
    }

    /// Pictures are equal when their pixels are, whatever the colour type that stores them.
    public static func == (a: PNGPixels, b: PNGPixels) -> Bool {
        a.width == b.width && a.height == b.height && a.rgba == b.rgba
    }

    /// Decodes 8-bit RGB or RGBA, non-interlaced, with any of the five filters; checks every CRC.
    public init(_ data: Data) throws {
        let bytes = [UInt8](data)
        guard bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) else { throw DecodeError.notPNG }
        var offset = 8
        var header: [UInt8] = []
        var compressed: [UInt8] = []
        var ended = false
        while offset + 12 <= bytes.count, !ended {
            let length = Int(Self.bigEndian(bytes, offset))
            let type = String(decoding: bytes[(offset + 4)..<(offset + 8)], as: UTF8.self)
            guard offset + 12 + length <= bytes.count else { throw DecodeError.badChunk(type) }
            let typeAndBody = Array(bytes[(offset + 4)..<(offset + 8 + length)])
            let crc = typeAndBody.withUnsafeBufferPointer { crc32(0, $0.baseAddress, uInt($0.count)) }
            guard UInt32(crc) == Self.bigEndian(bytes, offset + 8 + length) else { throw DecodeError.badChunk("\(type) CRC") }
            let body = typeAndBody.dropFirst(4)
            switch type {
            case "IHDR": header = Array(body)
            case "IDAT": compressed += body
            case "IEND": ended = true
            default: break
            }
            offset += 12 + length
        }
        guard ended, header.count == 13 else { throw DecodeError.corrupt("missing IHDR or IEND") }
        width = Int(Self.bigEndian(header, 0))
        height = Int(Self.bigEndian(header, 4))
        colorType = header[9]
        guard header[8] == 8, colorType == 2 || colorType == 6, header[12] == 0 else {
            throw DecodeError.unsupported("bit depth \(header[8]), colour type \(colorType), interlace \(header[12])")
        }
        let channels = colorType == 6 ? 4 : 3
        let stride = width * channels
        let raw = try Self.inflate(compressed, expected: height * (stride + 1))
        var previous = [UInt8](repeating: 0, count: stride)
        rgba = []
        rgba.reserveCapacity(width * height * 4)
        for y in 0..<height {
            let start = y * (stride + 1)
            let filter = raw[start]
            var line = Array(raw[(start + 1)...(start + stride)])
            for i in 0..<stride {
                let a = i >= channels ? Int(line[i - channels]) : 0
                let b = Int(previous[i])
                let c = i >= channels ? Int(previous[i - channels]) : 0
                let predictor: Int
                switch filter {
                case 0: predictor = 0
                case 1: predictor = a
                case 2: predictor = b
                case 3: predictor = (a + b) / 2
                case 4:
                    let p = a + b - c
                    let (pa, pb, pc) = (abs(p - a), abs(p - b), abs(p - c))
                    predictor = pa <= pb && pa <= pc ? a : (pb <= pc ? b : c)
                default: throw DecodeError.corrupt("filter type \(filter) on row \(y)")
                }
                line[i] = UInt8(truncatingIfNeeded: Int(line[i]) + predictor)
            }
            for x in 0..<width {
                rgba += line[(x * channels)..<(x * channels + 3)]
                rgba.append(channels == 4 ? line[x * channels + 3] : 0xFF)
            }
            previous = line
        }
    }

    private static func bigEndian(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        bytes[at..<(at + 4)].reduce(0) { $0 << 8 | UInt32($1) }
    }

    /// zlib's own `uncompress` of a zlib stream that must hold exactly `expected` bytes.
    public static func inflate(_ compressed: [UInt8], expected: Int) throws -> [UInt8] {
        var length = uLongf(expected)
        var output = [UInt8](repeating: 0, count: max(expected, 1))
        let status = output.withUnsafeMutableBufferPointer { out in
            compressed.withUnsafeBufferPointer { uncompress(out.baseAddress, &length, $0.baseAddress, uLong($0.count)) }
        }
        guard status == Z_OK, Int(length) == expected else {
            throw DecodeError.corrupt("zlib status \(status), \(length) of \(expected) bytes")
        }
        return Array(output.prefix(expected))
    }
}

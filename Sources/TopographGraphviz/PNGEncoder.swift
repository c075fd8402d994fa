import CZlib
import Dispatch
import Synchronization

/// A picture as PNG scanlines: each row a filter-type byte (0, none) and then R, G, B[, A] per pixel.
struct PNGScanlines: Sendable {
    var width: Int
    var height: Int
    var hasAlpha: Bool
    var bytes: [UInt8]

    /// Converts pixels as cairo keeps them: rows top to bottom, each pixel a native-endian
    /// 0xAARRGGBB word with colour premultiplied by alpha. Colours are un-premultiplied with
    /// cairo's own rounding, so the pixels equal those of `dot -Tpng`.
    init(premultipliedARGB pixels: UnsafeBufferPointer<UInt32>, width: Int, height: Int) {
        precondition(pixels.count == width * height, "pixel count does not match the size")
        self.width = width
        self.height = height
        // Truecolour without alpha when every pixel is opaque: a quarter less data to compress.
        let hasAlpha = !pixels.allSatisfy { $0 >> 24 == 0xFF }
        self.hasAlpha = hasAlpha
        let channels = hasAlpha ? 4 : 3
        let rowBytes = 1 + width * channels
        // One spare byte: every pixel is stored as 4 bytes, and without alpha the next pixel overwrites the 4th.
        bytes = [UInt8](unsafeUninitializedCapacity: rowBytes * height + 1) { buffer, count in
            let out = UnsafeMutableRawPointer(buffer.baseAddress!)
            var o = 0
            for y in 0..<height {
                out.storeBytes(of: 0, toByteOffset: o, as: UInt8.self)
                o += 1
                for pixel in pixels[(y * width)..<((y + 1) * width)] {
                    out.storeBytes(of: Self.rgbaLittleEndian(pixel), toByteOffset: o, as: UInt32.self)
                    o += channels
                }
            }
            count = o
        }
    }

    /// A premultiplied 0xAARRGGBB pixel as the bytes R, G, B, A (read as a little-endian word).
    @inline(__always)
    private static func rgbaLittleEndian(_ pixel: UInt32) -> UInt32 {
        let alpha = pixel >> 24
        var r = (pixel >> 16) & 0xFF
        var g = (pixel >> 8) & 0xFF
        var b = pixel & 0xFF
        if alpha == 0 {
            (r, g, b) = (0, 0, 0)
        } else if alpha != 0xFF {
            // cairo's rounding (cairo-png.c, unpremultiply_data).
            // cairo stores each result in a byte: a colour above its alpha (not valid premultiplied
            // data, but pixman can leave it) wraps around the same way here.
            r = ((r * 255 + alpha / 2) / alpha) & 0xFF
            g = ((g * 255 + alpha / 2) / alpha) & 0xFF
            b = ((b * 255 + alpha / 2) / alpha) & 0xFF
        }
        return (r | g << 8 | b << 16 | alpha << 24).littleEndian
    }
}

/// Writes PNG (ISO/IEC 15948): IHDR, IDAT chunks, IEND.
///
/// Choices, measured on the reference diagrams against libpng's defaults as cairo calls them:
/// - no row filter: diagrams are long runs of one colour, which deflate already matches well;
///   libpng's adaptive filtering tries every filter on every row, and costs more than it saves.
/// - zlib level 6 with memory level 8: files about 15% smaller than `dot -Tpng`'s.
/// - the zlib stream is compressed in 1 MiB pieces on all cores (as pigz does): each piece is primed
///   with the 32 KiB before it, so the file is barely larger than one stream, and each compressed
///   piece is one IDAT chunk (far below PNG's 2^31-byte chunk limit). The pieces depend on the size
///   only, so a given zlib writes the same bytes whatever the number of cores.
enum PNGEncoder {
    static let level: Int32 = 6
    static let pieceSize = 1 << 20

    static func encode(_ image: PNGScanlines) throws -> [UInt8] {
        guard image.width > 0, image.height > 0 else { throw GraphvizError.render("the picture has no pixels") }
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        var header: [UInt8] = []
        header.appendBigEndian(UInt32(image.width))
        header.appendBigEndian(UInt32(image.height))
        // 8 bits per sample; colour type 6 (RGBA) or 2 (RGB); deflate; the standard filters; no interlace.
        header += [8, image.hasAlpha ? 6 : 2, 0, 0, 0]
        appendChunk("IHDR", header, to: &png)
        for part in try zlibStream(image.bytes) { appendChunk("IDAT", part, to: &png) }
        appendChunk("IEND", [], to: &png)
        return png
    }

    /// A zlib stream (RFC 1950) of `data`, in consecutive parts: the header and first piece, the
    /// other pieces, the last one followed by the Adler-32 trailer.
    static func zlibStream(_ data: [UInt8]) throws -> [[UInt8]] {
        let count = max(1, (data.count + pieceSize - 1) / pieceSize)
        let pieces = ConcurrentPieces(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { i in
            data.withUnsafeBytes { whole in
                let start = i * pieceSize
                let end = min(start + pieceSize, whole.count)
                let dictionary = UnsafeRawBufferPointer(rebasing: whole[max(0, start - 32 * 1024)..<start])
                let piece = UnsafeRawBufferPointer(rebasing: whole[start..<end])
                pieces.set(i, deflatePiece(piece, dictionary: dictionary, last: i == count - 1))
            }
        }
        var parts: [[UInt8]] = []
        var adler = adler32(0, nil, 0)
        for (i, piece) in pieces.values.enumerated() {
            guard let piece else { throw GraphvizError.render("zlib failed to compress the PNG") }
            parts.append(piece.compressed)
            let length = min(pieceSize, data.count - i * pieceSize)
            adler = adler32_combine(adler, piece.adler, off_t(length))
        }
        parts[0].insert(contentsOf: zlibHeader, at: 0)
        parts[parts.count - 1].appendBigEndian(UInt32(adler))
        return parts
    }

    /// CMF (deflate, 32 KiB window) and FLG: the compression level class (RFC 1950: 0 fastest,
    /// 1 fast, 2 default, 3 maximum, as zlib itself writes it) and the check bits.
    static var zlibHeader: [UInt8] {
        let cmf: UInt32 = 0x78
        let levelClass: UInt32 = level < 2 ? 0 : (level < 6 ? 1 : (level == 6 ? 2 : 3))
        let flevel = levelClass << 6
        return [UInt8(cmf), UInt8(flevel + (31 - (cmf << 8 | flevel) % 31) % 31)]
    }

    /// Raw deflate of one piece: ends on a byte boundary (sync flush), or finishes the stream if `last`.
    private static func deflatePiece(_ piece: UnsafeRawBufferPointer, dictionary: UnsafeRawBufferPointer, last: Bool)
        -> (compressed: [UInt8], adler: uLong)?
    {
        var stream = z_stream()
        // Negative window bits: raw deflate, no zlib header or trailer per piece.
        guard
            deflateInit2_(
                &stream, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY,
                ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK
        else { return nil }
        defer { deflateEnd(&stream) }
        if let base = dictionary.baseAddress, !dictionary.isEmpty {
            guard deflateSetDictionary(&stream, base.assumingMemoryBound(to: Bytef.self), uInt(dictionary.count)) == Z_OK
            else { return nil }
        }
        // deflateBound covers a finished stream; a sync flush adds at most a few bytes more.
        let bound = Int(deflateBound(&stream, uLong(piece.count))) + 16
        var status = Z_OK
        let compressed = [UInt8](unsafeUninitializedCapacity: bound) { out, count in
            stream.next_in = UnsafeMutablePointer(mutating: piece.baseAddress?.assumingMemoryBound(to: Bytef.self))
            stream.avail_in = uInt(piece.count)
            stream.next_out = out.baseAddress
            stream.avail_out = uInt(bound)
            status = deflate(&stream, last ? Z_FINISH : Z_SYNC_FLUSH)
            count = bound - Int(stream.avail_out)
        }
        let finished = last ? status == Z_STREAM_END : (status == Z_OK && stream.avail_in == 0 && stream.avail_out > 0)
        guard finished else { return nil }
        let adler = adler32(adler32(0, nil, 0), piece.baseAddress?.assumingMemoryBound(to: Bytef.self), uInt(piece.count))
        return (compressed, adler)
    }

    private static func appendChunk(_ type: String, _ body: [UInt8], to png: inout [UInt8]) {
        let typeBytes = Array(type.utf8)
        png.appendBigEndian(UInt32(body.count))
        png += typeBytes
        png += body
        // The CRC covers the chunk type and body.
        var crc = typeBytes.withUnsafeBufferPointer { crc32(0, $0.baseAddress, uInt($0.count)) }
        crc = body.withUnsafeBufferPointer { crc32(crc, $0.baseAddress, uInt($0.count)) }
        png.appendBigEndian(UInt32(crc))
    }
}

/// Results of the pieces, written from the workers of `concurrentPerform`.
private final class ConcurrentPieces: Sendable {
    typealias Piece = (compressed: [UInt8], adler: uLong)
    private let slots: Mutex<[Piece?]>

    init(count: Int) { slots = Mutex(Array(repeating: nil, count: count)) }

    func set(_ index: Int, _ value: Piece?) { slots.withLock { $0[index] = value } }

    var values: [Piece?] { slots.withLock { $0 } }
}

extension [UInt8] {
    fileprivate mutating func appendBigEndian(_ value: UInt32) {
        append(contentsOf: [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)])
    }
}

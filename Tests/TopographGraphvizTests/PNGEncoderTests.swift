import Foundation
import Testing
import TopographTestSupport

@testable import TopographGraphviz

/// Topograph's PNG writer: what it writes must decode to cairo's own un-premultiplied pixels, in
/// one stream or many pieces, and the same bytes every time.
@Suite struct PNGEncoderTests {
    /// What cairo's PNG writer stores for a premultiplied 0xAARRGGBB pixel (cairo-png.c).
    static func cairoRGBA(_ pixel: UInt32) -> [UInt8] {
        let a = pixel >> 24
        guard a > 0 else { return [0, 0, 0, 0] }
        // cairo keeps the low byte, also for a colour above its alpha (invalid, but pixman leaves some).
        let channel = { (shift: UInt32) -> UInt8 in UInt8(truncatingIfNeeded: ((pixel >> shift & 0xFF) * 255 + a / 2) / a) }
        return [channel(16), channel(8), channel(0), UInt8(a)]
    }

    /// Random premultiplied pixels: opaque, clear, translucent, and now and then a colour above its
    /// alpha (which cairo wraps around).
    static func pixels(count: Int, seed: UInt64, opaque: Bool) -> [UInt32] {
        var state = seed
        func next() -> UInt32 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt32(truncatingIfNeeded: state >> 33)
        }
        return (0..<count).map { _ in
            let roll = next()
            let alpha: UInt32 = opaque || roll % 3 == 0 ? 255 : (roll % 3 == 1 ? 0 : next() % 256)
            let overflow = !opaque && roll % 17 == 0
            let channel = { alpha == 0 ? 0 : next() % (overflow ? 256 : alpha + 1) }
            return alpha << 24 | channel() << 16 | channel() << 8 | channel()
        }
    }

    static func encode(_ pixels: [UInt32], width: Int) throws -> Data {
        let scanlines = pixels.withUnsafeBufferPointer {
            PNGScanlines(premultipliedARGB: $0, width: width, height: pixels.count / width)
        }
        return Data(try PNGEncoder.encode(scanlines))
    }

    @Test(arguments: 0..<8)
    func decodesToCairosPixels(seed: UInt64) throws {
        let width = 1 + Int(seed * 7 % 40)
        let height = 1 + Int(seed * 5 % 30)
        let pixels = Self.pixels(count: width * height, seed: seed, opaque: false)
        let decoded = try PNGPixels(try Self.encode(pixels, width: width))
        #expect(decoded.width == width && decoded.height == height)
        #expect(decoded.rgba == pixels.flatMap(Self.cairoRGBA))
    }

    @Test func opaquePicturesDropTheAlphaChannel() throws {
        let opaque = Self.pixels(count: 64, seed: 1, opaque: true)
        #expect(try PNGPixels(try Self.encode(opaque, width: 8)).colorType == 2)
        var translucent = opaque
        translucent[63] = 0x8040_2010
        let decoded = try PNGPixels(try Self.encode(translucent, width: 8))
        #expect(decoded.colorType == 6)
        #expect(decoded.rgba.suffix(4) == Self.cairoRGBA(0x8040_2010)[...])
    }

    /// Pictures of several MiB are compressed in pieces on all cores; the stream must still be one
    /// valid zlib stream (checked by zlib's own `uncompress`) and not depend on timing.
    @Test func largePicturesArePiecedDeterministically() throws {
        let width = 1500
        let height = 700  // 4.2 MB of scanlines: five pieces
        var pixels = Self.pixels(count: width * height, seed: 42, opaque: false)
        // Long runs of one colour, as in diagrams, so pieces reach back into their dictionary.
        for i in stride(from: 0, to: pixels.count, by: 3) { pixels[i] = 0xFFFF_FFFF }
        let first = try Self.encode(pixels, width: width)
        #expect(PNGEncoder.pieceSize * 4 < width * height * 4)
        #expect(try PNGPixels(first).rgba == pixels.flatMap(Self.cairoRGBA))
        for _ in 0..<3 { #expect(try Self.encode(pixels, width: width) == first) }
    }

    /// The same two header bytes zlib itself writes at this level (0x78 0x9C at level 6).
    @Test func zlibHeaderNamesTheLevel() throws {
        #expect(PNGEncoder.level == 6)
        #expect(PNGEncoder.zlibHeader == [0x78, 0x9C])
        #expect((UInt32(PNGEncoder.zlibHeader[0]) << 8 | UInt32(PNGEncoder.zlibHeader[1])) % 31 == 0)
    }

    /// One IDAT chunk per compressed piece: many for a large picture, each far below PNG's limit.
    @Test func largePicturesSpanSeveralIDATChunks() throws {
        let width = 1200
        let height = 600
        let png = try [UInt8](Self.encode(Self.pixels(count: width * height, seed: 7, opaque: false), width: width))
        let idat = Array("IDAT".utf8)
        let chunks = (0..<(png.count - 4)).filter { Array(png[$0..<($0 + 4)]) == idat }.count
        #expect(chunks == (width * height * 4 + height + PNGEncoder.pieceSize - 1) / PNGEncoder.pieceSize)
    }

    @Test func zlibStreamOfNothingAndOfOnePieceExactly() throws {
        for count in [0, 1, PNGEncoder.pieceSize, PNGEncoder.pieceSize + 1] {
            let data = (0..<count).map { UInt8(truncatingIfNeeded: $0 / 7) }
            let stream = try PNGEncoder.zlibStream(data).flatMap { $0 }
            #expect(try PNGPixels.inflate(stream, expected: count) == data, "\(count) bytes")
        }
    }
}

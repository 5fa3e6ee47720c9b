import CDescentZlib
import Testing
@testable import DescentRender

@Suite("PNG encoder")
struct PNGEncoderTests {
    /// Splits a PNG into (type, data) chunks, checking each chunk's CRC-32 against zlib's.
    static func chunks(_ png: [UInt8]) -> [(String, [UInt8])] {
        var result: [(String, [UInt8])] = []
        var i = 8
        func u32(_ at: Int) -> Int { png[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        while i + 12 <= png.count {
            let length = u32(i)
            let body = Array(png[(i + 4)..<(i + 8 + length)])
            let crc = body.withUnsafeBufferPointer { Int(crc32(0, $0.baseAddress, uInt($0.count))) }
            #expect(crc == u32(i + 8 + length), "bad CRC in chunk")
            result.append((String(decoding: body.prefix(4), as: UTF8.self), Array(body.dropFirst(4))))
            i += 12 + length
        }
        return result
    }

    /// Inflates IDAT and undoes the per-row filters (PNG specification, section 9).
    static func pixels(_ idat: [UInt8], width: Int, height: Int, channels: Int) -> [UInt8] {
        var size = uLong(height * (width * channels + 1))
        var raw = [UInt8](repeating: 0, count: Int(size))
        let status = raw.withUnsafeMutableBufferPointer { out in
            idat.withUnsafeBufferPointer { uncompress(out.baseAddress, &size, $0.baseAddress, uLong($0.count)) }
        }
        #expect(status == Z_OK)
        let stride = width * channels
        var image = [UInt8](repeating: 0, count: stride * height)
        for y in 0..<height {
            let type = raw[y * (stride + 1)]
            for x in 0..<stride {
                let byte = raw[y * (stride + 1) + 1 + x]
                let left = x >= channels ? image[y * stride + x - channels] : 0
                let up = y > 0 ? image[(y - 1) * stride + x] : 0
                switch type {
                case 0: image[y * stride + x] = byte
                case 1: image[y * stride + x] = byte &+ left
                case 2: image[y * stride + x] = byte &+ up
                default: Issue.record("unexpected filter type \(type)")
                }
            }
        }
        return image
    }

    @Test("an opaque 2x2 image is RGB with the exact colors")
    func opaque() throws {
        // Cairo ARGB32 is native-endian 0xAARRGGBB per pixel.
        let argb: [UInt32] = [0xFFFF0000, 0xFF00FF00, 0xFF0000FF, 0xFF102030]
        let png = try argb.withUnsafeBytes { raw in
            try PNGEncoder.encode(argb32: raw.bindMemory(to: UInt8.self).baseAddress!, width: 2, height: 2, stride: 8)
        }
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let chunks = Self.chunks(png)
        #expect(chunks.map(\.0) == ["IHDR", "IDAT", "IEND"])
        #expect(chunks[0].1 == [0, 0, 0, 2, 0, 0, 0, 2, 8, 2, 0, 0, 0])  // 2x2, 8 bit, RGB
        #expect(Self.pixels(chunks[1].1, width: 2, height: 2, channels: 3) == [255, 0, 0, 0, 255, 0, 0, 0, 255, 0x10, 0x20, 0x30])
    }

    @Test("translucent pixels are RGBA with straight alpha")
    func translucent() throws {
        // Half-transparent red, premultiplied: alpha 0x80, red 0x80 -> straight red (128*255+64)/128 = 255.
        let argb: [UInt32] = [0x80800000, 0x00000000]
        let png = try argb.withUnsafeBytes { raw in
            try PNGEncoder.encode(argb32: raw.bindMemory(to: UInt8.self).baseAddress!, width: 2, height: 1, stride: 8)
        }
        let chunks = Self.chunks(png)
        #expect(chunks[0].1[9] == 6)  // RGBA
        #expect(Self.pixels(chunks[1].1, width: 2, height: 1, channels: 4) == [255, 0, 0, 0x80, 0, 0, 0, 0])
    }

    @Test("a 300 x 200 image survives libdeflate and zlib's inflate byte for byte, the same bytes every time")
    func roundTrip() throws {
        // Flat bands, a gradient and pseudo-random noise (a linear congruential generator), opaque.
        let width = 300, height = 200
        var state: UInt32 = 12345
        var argb = [UInt32](repeating: 0, count: width * height)
        var expected: [UInt8] = []
        for y in 0..<height {
            for x in 0..<width {
                state = state &* 1664525 &+ 1013904223
                let r = UInt32(y < 100 ? 40 : x % 256), g = UInt32((x + y) % 256), b = y % 10 == 0 ? state >> 24 : 200
                argb[y * width + x] = 0xFF00_0000 | r << 16 | g << 8 | b
                expected += [UInt8(r), UInt8(g), UInt8(b)]
            }
        }
        let encode = {
            try argb.withUnsafeBytes { raw in
                try PNGEncoder.encode(argb32: raw.bindMemory(to: UInt8.self).baseAddress!, width: width, height: height, stride: 4 * width)
            }
        }
        let png = try encode()
        let chunks = Self.chunks(png)
        #expect(chunks.map(\.0) == ["IHDR", "IDAT", "IEND"])
        #expect(chunks[1].1.count < expected.count / 2)
        #expect(Self.pixels(chunks[1].1, width: width, height: height, channels: 3) == expected)
        #expect(try encode() == png)
    }

    @Test("deflate output inflates with zlib to the input", arguments: [0, 1, 1000, 100_000])
    func deflateRoundTrip(count: Int) throws {
        let input = (0..<count).map { UInt8(truncatingIfNeeded: $0 * 7 + $0 / 13) }
        let compressed = try PNGEncoder.deflate(input)
        var size = uLong(count)
        var output = [UInt8](repeating: 0, count: max(count, 1))
        let status = output.withUnsafeMutableBufferPointer { out in
            compressed.withUnsafeBufferPointer { uncompress(out.baseAddress, &size, $0.baseAddress, uLong($0.count)) }
        }
        #expect(status == Z_OK)
        #expect(Array(output.prefix(Int(size))) == input)
    }
}

import DescentVideo
import Testing

@Suite("RGBA frames from Cairo ARGB32")
struct RGBAFramePremultipliedTests {
    @Test("Native-endian premultiplied words become straight RGBA; row padding is skipped")
    func converts() throws {
        // 2x1 pixels, stride 12 (4 padding bytes). Pixel 0: opaque (R 10, G 20, B 30).
        // Pixel 1: alpha 128 with premultiplied (64, 32, 0): 255 * 64 / 128 = 127.5 -> (255*64 + 64) / 128 = 128,
        // 255 * 32 / 128 = 63.75 -> 64, 0.
        let words: [UInt32] = [0xFF0A_141E, 0x8040_2000, 0xDEAD_BEEF]
        let frame = try words.withUnsafeBytes { try RGBAFrame(premultipliedARGB32: $0, width: 2, height: 1, stride: 12) }
        #expect(frame.bytes == [10, 20, 30, 255, 128, 64, 0, 128])
    }

    @Test("A buffer too short for the stated size is rejected")
    func rejectsShortBuffer() throws {
        let words: [UInt32] = [0, 0, 0]
        #expect(throws: VideoEncodingError.invalidFrame(
            "an ARGB32 image of 2x2 pixels with rows 8 bytes apart needs a stride of at least 8 and 16 bytes, got 12")) {
            try words.withUnsafeBytes { try RGBAFrame(premultipliedARGB32: $0, width: 2, height: 2, stride: 8) }
        }
    }
}

@testable import DescentVideo
import Testing

@Suite("YUV 4:2:0 conversion")
struct YUV420ConversionTests {
    /// Converts one 2x2 block of a single color and returns (Y, Cb, Cr).
    static func convert(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> (UInt8, UInt8, UInt8) {
        let rgba = [UInt8]([r, g, b, 255, r, g, b, 255, r, g, b, 255, r, g, b, 255])
        var planes = [UInt8](repeating: 0, count: 6)
        rgba.withUnsafeBufferPointer { pixels in
            planes.withUnsafeMutableBufferPointer { out in
                if let source = pixels.baseAddress, let base = out.baseAddress {
                    YUV420Conversion.convert(rgba: source, width: 2, height: 2, luma: base, lumaStride: 2, blue: base + 4, blueStride: 1, red: base + 5, redStride: 1)
                }
            }
        }
        #expect(planes[0...3].allSatisfy { $0 == planes[0] })
        return (planes[0], planes[4], planes[5])
    }

    // BT.709 limited range (ITU-R BT.709-6 with the 8-bit scaling of BT.601): Y' = 0.2126 R + 0.7152 G
    // + 0.0722 B, Y = 16 + 219 Y'/255, Cb = 128 + 224 (B - Y') / (255 * 1.8556),
    // Cr = 128 + 224 (R - Y') / (255 * 1.5748).
    @Test("Reference colors, worked by hand", arguments: [
        // White: Y 235, grays have Cb = Cr = 128.
        (UInt8(255), UInt8(255), UInt8(255), UInt8(235), UInt8(128), UInt8(128)),
        (0, 0, 0, 16, 128, 128),
        (128, 128, 128, 126, 128, 128),  // 16 + 219 * 128 / 255 = 125.93
        // Red: Y' = 54.21, Y = 16 + 46.56 = 62.56 -> 63; Cb = 128 - 224 * 54.21 / 473.18 = 102.34 -> 102;
        // Cr = 128 + 224 * 200.79 / 401.57 = 240.0 -> 240.
        (255, 0, 0, 63, 102, 240),
        // Blue: Y' = 18.41, Y = 31.81 -> 32; Cb = 128 + 224 * 236.59 / 473.18 = 240.0; Cr = 128 - 224 * 18.41 / 401.57 = 117.73 -> 118.
        (0, 0, 255, 32, 240, 118),
    ])
    func referenceColors(r: UInt8, g: UInt8, b: UInt8, y: UInt8, cb: UInt8, cr: UInt8) {
        let result = Self.convert(r, g, b)
        #expect(result.0 == y && result.1 == cb && result.2 == cr)
    }
}

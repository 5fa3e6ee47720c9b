@testable import DescentVideo
import Testing

@Suite("Variance-cut palette")
struct VarianceCutPaletteTests {
    @Test("At most maxColors distinct colors: the palette is exactly those colors, in color order")
    func exactWhenFew() {
        let histogram: [UInt32: Int] = [0xFF0000: 10, 0x00FF00: 1, 0x0000FF: 5]
        let palette = VarianceCutPalette(histogram: histogram, maxColors: 255)
        #expect(palette.colors == [0x0000FF, 0x00FF00, 0xFF0000])
        #expect(palette.indexOfColor == [0x0000FF: 0, 0x00FF00: 1, 0xFF0000: 2])
    }

    @Test("Two clusters cut into two boxes give each cluster's weighted mean")
    func twoClusters() {
        // Sorted along red (the widest channel): b100, b104, r200 x 3, r210. Cutting after b104 gives
        // E = (2^2 + 2^2) + (3 * 2.5^2 + 7.5^2) = 8 + 75 = 83, less than any other cut (after b100:
        // the right box spans blue 104 to red 210; a cut at the median count, after the first r200,
        // would leave r200 with the blues).
        // Red cluster: (200, 0, 0) x 3 and (210, 0, 0) x 1 -> mean red 202.5 -> 203 (rounded half away).
        // Blue cluster: (0, 0, 100) x 1 and (0, 0, 104) x 1 -> mean blue 102.
        let histogram: [UInt32: Int] = [0xC8_0000: 3, 0xD2_0000: 1, 0x00_0064: 1, 0x00_0068: 1]
        let palette = VarianceCutPalette(histogram: histogram, maxColors: 2)
        #expect(Set(palette.colors) == [0xCB_0000, 0x00_0066])
        let red = palette.colors.firstIndex(of: 0xCB_0000).map(UInt8.init)
        #expect(palette.indexOfColor[0xC8_0000] == red && palette.indexOfColor[0xD2_0000] == red)
    }

    @Test("Many colors: at most maxColors entries, dominant flat colors kept exactly, same result every time")
    func manyColors() {
        var histogram: [UInt32: Int] = [:]
        for red in stride(from: 0, to: 256, by: 8) {
            for green in stride(from: 0, to: 256, by: 8) {
                histogram[UInt32(red << 16 | green << 8 | 77)] = 1
            }
        }
        histogram[0xF7FBFF] = 100_000
        histogram[0x4292C6] = 100_000
        let palette = VarianceCutPalette(histogram: histogram, maxColors: 64)
        #expect(palette.colors.count == 64)
        #expect(palette.colors.contains(0xF7FBFF) && palette.colors.contains(0x4292C6))
        #expect(palette.indexOfColor.count == histogram.count)
        let again = VarianceCutPalette(histogram: histogram, maxColors: 64)
        #expect(again.colors == palette.colors)
    }
}

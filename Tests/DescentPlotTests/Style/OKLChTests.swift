import DescentScene
import Testing

/// OKLCh against Björn Ottosson's published values ("A perceptual color space for image
/// processing", 2020) as CSS Color 4 quotes them: sRGB red is oklab(0.627955, 0.224863,
/// 0.125846), i.e. oklch(0.627955, 0.257683, 29.2339°); sRGB blue is oklab(0.452014, -0.032457,
/// -0.311528), i.e. oklch(0.452014, 0.313214, 264.052°); white is L = 1, C = 0.
@Suite struct OKLChTests {
    @Test func primariesMatchOttosson() {
        let red = OKLCh(Color(red: 1, green: 0, blue: 0))
        #expect(abs(red.lightness - 0.627955) < 1e-5 && abs(red.chroma - 0.257683) < 1e-5 && abs(red.hue - 29.2339) < 1e-3)
        let blue = OKLCh(Color(red: 0, green: 0, blue: 1))
        #expect(abs(blue.lightness - 0.452014) < 1e-5 && abs(blue.chroma - 0.313214) < 1e-5 && abs(blue.hue - 264.052) < 1e-3)
        let white = OKLCh(.white)
        #expect(abs(white.lightness - 1) < 1e-6 && white.chroma < 1e-6)
    }

    /// sRGB -> OKLCh -> sRGB returns the color (Okabe and Ito's palette) to 1e-6: Ottosson's
    /// matrices are published to ten digits, so the inverse pair is exact only to about that.
    @Test func roundTrip() throws {
        for hex: UInt32 in [0x0072B2, 0xCC79A7, 0x56B4E9, 0xE69F00, 0x009E73, 0xD55E00, 0xF0E442] {
            let color = Color(hex: hex)
            let back = try #require(OKLCh(color).color)
            #expect(abs(back.red - color.red) < 1e-6 && abs(back.green - color.green) < 1e-6 && abs(back.blue - color.blue) < 1e-6, "\(hex)")
        }
    }

    /// A lightness sRGB cannot show at the requested chroma keeps the hue and gives up chroma:
    /// blue at L = 0.9 is out of gamut at C = 0.31, and its in-gamut color is a pale blue.
    @Test func outOfGamutKeepsHue() {
        let pale = OKLCh(Color(red: 0, green: 0, blue: 1)).withLightness(0.9)
        #expect(pale.color == nil)
        let shown = OKLCh(pale.colorInGamut)
        #expect(abs(shown.lightness - 0.9) < 1e-6)
        #expect(abs(shown.hue - 264.052) < 0.5 && shown.chroma < 0.31 && shown.chroma > 0.03)
    }
}

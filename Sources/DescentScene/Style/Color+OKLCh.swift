import Foundation

/// A color in OKLCh, the polar form of Björn Ottosson's OKLab (2020): `lightness` 0 (black) to
/// 1 (white), `chroma` (0 gray, about 0.32 at most in sRGB) and `hue` in degrees. Equal steps in
/// `lightness` look equal, and changing it at fixed chroma and hue keeps the color's identity,
/// which mixing with white or black does not (it grays the color and shifts its hue).
public struct OKLCh: Sendable, Hashable {
    /// Perceived lightness, 0...1.
    public var lightness: Double
    /// Colorfulness, 0 for grays.
    public var chroma: Double
    /// Hue angle in degrees, 0..<360 (about 30 red, 110 yellow, 140 green, 265 blue).
    public var hue: Double

    /// Creates a color from its coordinates.
    public init(lightness: Double, chroma: Double, hue: Double) {
        self.lightness = lightness
        self.chroma = chroma
        self.hue = hue
    }

    /// The coordinates of the sRGB color `color` (alpha ignored). Channels are linearized as
    /// in sRGB, taken to LMS cone responses by Ottosson's first matrix, cube-rooted and taken to
    /// (L, a, b) by his second; chroma is `hypot(a, b)` and hue `atan2(b, a)`.
    public init(_ color: Color) {
        let r = Self.linear(color.red), g = Self.linear(color.green), b = Self.linear(color.blue)
        let l = cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b)
        let m = cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b)
        let s = cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b)
        let labL = 0.2104542553 * l + 0.7936177850 * m - 0.0040720468 * s
        let labA = 1.9779984951 * l - 2.4285922050 * m + 0.4505937099 * s
        let labB = 0.0259040371 * l + 0.7827717662 * m - 0.8086757660 * s
        lightness = labL
        chroma = hypot(labA, labB)
        let angle = atan2(labB, labA) * 180 / .pi
        hue = angle < 0 ? angle + 360 : angle
    }

    /// The sRGB color, or nil when it lies outside the sRGB gamut (a channel below 0 or above 1
    /// by more than the published matrices' rounding, 1e-6).
    public var color: Color? {
        let (r, g, b) = linearRGB
        let tolerance = 1e-6
        guard [r, g, b].allSatisfy({ $0 >= -tolerance && $0 <= 1 + tolerance }) else { return nil }
        return Color(red: Self.encoded(r), green: Self.encoded(g), blue: Self.encoded(b))
    }

    /// The sRGB color of this lightness and hue with the largest chroma up to this one that lies
    /// in the gamut (found by bisection), so a lightened or darkened color stays as colorful as
    /// sRGB allows.
    public var colorInGamut: Color {
        if let color { return color }
        var low = 0.0, high = chroma
        for _ in 0..<30 {
            let mid = (low + high) / 2
            if OKLCh(lightness: lightness, chroma: mid, hue: hue).color != nil { low = mid } else { high = mid }
        }
        return OKLCh(lightness: lightness, chroma: low, hue: hue).color ?? Color(red: lightness, green: lightness, blue: lightness)
    }

    /// The same hue and chroma at another lightness.
    public func withLightness(_ value: Double) -> OKLCh { OKLCh(lightness: min(1, max(0, value)), chroma: chroma, hue: hue) }

    private var linearRGB: (Double, Double, Double) {
        let a = chroma * cos(hue * .pi / 180), b = chroma * sin(hue * .pi / 180)
        let l = pow3(lightness + 0.3963377774 * a + 0.2158037573 * b)
        let m = pow3(lightness - 0.1055613458 * a - 0.0638541728 * b)
        let s = pow3(lightness - 0.0894841775 * a - 1.2914855480 * b)
        return (
            4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s,
            -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s,
            -0.0041960863 * l - 0.7034186147 * m + 1.7076147010 * s
        )
    }

    private func pow3(_ x: Double) -> Double { x * x * x }

    private static func linear(_ c: Double) -> Double {
        let c = min(1, max(0, c))
        return c <= 0.04045 ? c / 12.92 : Foundation.pow((c + 0.055) / 1.055, 2.4)
    }

    private static func encoded(_ c: Double) -> Double {
        let c = min(1, max(0, c))
        return c <= 0.0031308 ? 12.92 * c : 1.055 * Foundation.pow(c, 1 / 2.4) - 0.055
    }
}

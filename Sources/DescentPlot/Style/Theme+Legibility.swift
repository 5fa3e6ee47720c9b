import Foundation
import DescentScene

extension Theme {
    /// `color`, or the least change of it that reaches `minimumRunContrast` against the panel:
    /// mixed toward black on a light panel (toward white on a dark one) by the smallest amount
    /// `t` whose contrast ratio is at least the minimum (found by bisection; the ratio grows with
    /// `t`). A pinned dark blue is lightened on the dark theme, a pale yellow darkened on the light.
    public func legible(_ color: Color) -> Color {
        let opaque = color.withAlpha(1)
        guard opaque.contrastRatio(with: panelBackground) < minimumRunContrast else { return opaque }
        let away = awayFromPanel
        var low = 0.0, high = 1.0
        for _ in 0..<24 {
            let mid = (low + high) / 2
            if opaque.mixed(with: away, mid).contrastRatio(with: panelBackground) >= minimumRunContrast { high = mid } else { low = mid }
        }
        return opaque.mixed(with: away, high)
    }

    /// `count` shades of one hue for variants of one optimizer (several learning rates, several
    /// ρ), evenly spaced from the deep end (`legible(hue)` mixed 50 % toward black on a light
    /// panel, toward white on a dark one) to the faint end (the legible hue mixed toward the
    /// panel's side as far as `minimumRunContrast` allows, at most 60 %), spaced evenly in CIE
    /// lightness L*. Every shade is legible.
    public func shades(of hue: Color, count: Int) -> [Color] {
        let base = legible(hue)
        guard count > 1 else { return count == 1 ? [base] : [] }
        let deep = base.mixed(with: awayFromPanel, 0.5)
        let toward = panelBackground.relativeLuminance > 0.5 ? Color.white : Color.black
        var low = 0.0, high = 0.6
        if base.mixed(with: toward, high).contrastRatio(with: panelBackground) < minimumRunContrast {
            for _ in 0..<24 {
                let mid = (low + high) / 2
                if base.mixed(with: toward, mid).contrastRatio(with: panelBackground) >= minimumRunContrast { low = mid } else { high = mid }
            }
        } else {
            low = high
        }
        let faint = base.mixed(with: toward, low)
        // Evenly spaced in lightness (CIE L*), not in mixing fraction: mixing toward black
        // darkens fast, which made the two deepest shades of a sweep look alike.
        let deepL = Self.lightness(deep), faintL = Self.lightness(faint)
        return (0..<count).map { index in
            let target = deepL + (faintL - deepL) * Double(index) / Double(count - 1)
            var low = 0.0, high = 1.0
            for _ in 0..<30 {
                let mid = (low + high) / 2
                if (Self.lightness(deep.mixed(with: faint, mid)) - target) * (faintL - deepL) < 0 { low = mid } else { high = mid }
            }
            return deep.mixed(with: faint, (low + high) / 2)
        }
    }

    /// CIE lightness L* = 116 Y^(1/3) − 16 of the color's relative luminance Y (0 black, 100 white).
    static func lightness(_ color: Color) -> Double {
        let y = color.relativeLuminance
        return y > 216.0 / 24389.0 ? 116 * cbrt(y) - 16 : y * 24389.0 / 27.0
    }

    /// Black on a light panel, white on a dark one: mixing toward it raises contrast.
    private var awayFromPanel: Color { panelBackground.relativeLuminance > 0.5 ? .black : .white }
}

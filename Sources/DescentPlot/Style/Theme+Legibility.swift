import Foundation
import DescentScene

extension Theme {
    /// `color`, or the least change of it that reaches `minimumRunContrast` against the panel:
    /// its OKLCh lightness moved away from the panel's (darker on a light panel, lighter on a
    /// dark one) by the smallest amount whose contrast ratio is at least the minimum (found by
    /// bisection; the ratio grows with the distance), at the same hue and as much of its chroma
    /// as sRGB allows. A pinned dark blue is lightened on the dark theme and stays blue (mixing
    /// with white grayed it toward another optimizer's color); a pale yellow is darkened on the
    /// light theme.
    public func legible(_ color: Color) -> Color {
        let opaque = color.withAlpha(1)
        guard opaque.contrastRatio(with: panelBackground) < minimumRunContrast else { return opaque }
        let start = OKLCh(opaque)
        return OKLCh(lightness: nearestLegibleLightness(start), chroma: start.chroma, hue: start.hue).colorInGamut
    }

    /// `count` shades of one hue for variants of one optimizer (several learning rates, several
    /// ρ), from the most prominent (darkest on a light panel, lightest on a dark one) to the
    /// faintest, at the hue and chroma of `legible(hue)` (clipped to sRGB) and evenly spaced in
    /// OKLCh lightness, `shadeStep` apart or closer when the legible range is narrower. The
    /// course color sits in the middle of the ramp, so a lesson's variants still read as that
    /// optimizer. The range runs from the lightness where contrast just reaches
    /// `minimumRunContrast` to `prominentLightness` (0.3 on a light panel, 0.93 on a dark one).
    /// Every shade is legible.
    public func shades(of hue: Color, count: Int) -> [Color] {
        let base = OKLCh(legible(hue))
        guard count > 1 else { return count == 1 ? [legible(hue)] : [] }
        let light = panelBackground.relativeLuminance > 0.5
        // Lightness runs from `faint` (least contrast allowed) toward `prominent`.
        let faint = nearestLegibleLightness(base.withLightness(light ? 1 : 0))
        let prominent = light ? 0.3 : 0.93
        let direction = prominent > faint ? 1.0 : -1.0
        let range = abs(prominent - faint)
        let step = min(Self.shadeStep, range / Double(count - 1)), span = step * Double(count - 1)
        // Centered on the course color, shifted to stay inside the range; along `direction`,
        // `low` is the faintest shade's distance from `faint`.
        let center = (base.lightness - faint) * direction
        let low = min(max(0, center - span / 2), range - span)
        return (0..<count).map { index in
            let distance = low + span - step * Double(index)
            let shade = base.withLightness(faint + direction * distance).colorInGamut
            return legible(shade)
        }
    }

    /// The lightness step between neighboring shades where the range allows it (about ten units
    /// of CIE L*, plainly different for thin lines).
    static let shadeStep = 0.1

    /// The OKLCh lightness nearest `color`'s, on the side away from the panel, where its
    /// contrast with the panel reaches `minimumRunContrast` (its own when it already does).
    private func nearestLegibleLightness(_ color: OKLCh) -> Double {
        func legible(_ l: Double) -> Bool { color.withLightness(l).colorInGamut.contrastRatio(with: panelBackground) >= minimumRunContrast }
        if legible(color.lightness) { return color.lightness }
        let away = panelBackground.relativeLuminance > 0.5 ? 0.0 : 1.0
        var low = color.lightness, high = away
        for _ in 0..<30 {
            let mid = (low + high) / 2
            if legible(mid) { high = mid } else { low = mid }
        }
        return high
    }
}

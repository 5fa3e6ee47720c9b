import DescentScene

/// What a colorbar shows: the bands of a contour map or the continuous scale of a heatmap.
struct Colorbar {
    /// How colors are laid along the bar.
    enum Scale {
        /// `levels.count + 1` bands of equal height, band `b` in `colors[b]`, labelled at the levels.
        case bands(levels: [Double], colors: [Color])
        /// A smooth ramp over `domain` (data values), linear or logarithmic.
        case continuous(colormap: Colormap, domain: ClosedRange<Double>, logarithmic: Bool)
    }

    var scale: Scale
    /// The bar's label (Pango markup), written along its right side.
    var label: String
}

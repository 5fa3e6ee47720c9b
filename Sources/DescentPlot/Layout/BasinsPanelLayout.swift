import DescentScene

/// Lays out a basins map: one crisp cell per start point in a light tone of its minimum's palette
/// color (gray for none), with each minimum marked by a star in the full color.
struct BasinsPanelLayout {
    let panel: BasinsPanel
    let theme: Theme
    let marks: Marks

    /// How far cell tones are washed toward the panel background, so marks stay readable on
    /// them: 55 % toward a light background, 35 % toward a dark one (OKLCh lightness below 0.5),
    /// where a color darkened further loses its hue (orange turns brown, blue navy).
    static func wash(toward background: Color) -> Double {
        OKLCh(background).lightness < 0.5 ? 0.35 : 0.55
    }

    /// The axes: the grid's extent on both, linear.
    var axisRequests: (x: AxisRequest, y: AxisRequest) {
        (AxisRequest(kind: .linear, domain: panel.x, label: panel.xLabel),
         AxisRequest(kind: .linear, domain: panel.y, label: panel.yLabel))
    }

    /// The theme's palette without its neutral colors (black, grays: the print theme's first run
    /// color), which would read as the gray of "no minimum" once washed.
    var categories: [Color] {
        theme.palette.filter { max($0.red, $0.green, $0.blue) - min($0.red, $0.green, $0.blue) >= 0.15 }
    }

    /// The color of minimum `index` at full strength.
    func color(of index: Int) -> Color {
        let colors = categories
        return colors.isEmpty ? theme.foreground : colors[index % colors.count]
    }

    /// The tone of a cell that reached minimum `index` (nil: none or diverged).
    func cellColor(_ index: Int?) -> Color {
        guard let index else { return theme.mutedForeground.mixed(with: theme.panelBackground, 0.72) }
        return color(of: index).mixed(with: theme.panelBackground, Self.wash(toward: theme.panelBackground))
    }

    /// The cells and the minima.
    func nodes(in frame: PanelFrame) -> [SceneNode] {
        var nodes: [SceneNode] = []
        let columns = panel.columns, rows = panel.rows
        if columns > 0, rows > 0, panel.basins.count == columns * rows {
            var pixels: [Color] = []
            pixels.reserveCapacity(panel.basins.count)
            for row in stride(from: rows - 1, through: 0, by: -1) {
                for column in 0..<columns { pixels.append(cellColor(panel.basins[row * columns + column])) }
            }
            let a = frame.point(panel.x.lowerBound, panel.y.upperBound), b = frame.point(panel.x.upperBound, panel.y.lowerBound)
            let rect = Rect(x: min(a.x, b.x), y: min(a.y, b.y), width: abs(b.x - a.x), height: abs(b.y - a.y))
            if [rect.x, rect.y, rect.width, rect.height].allSatisfy(\.isFinite) {
                nodes.append(.group(SceneGroup("cells", clip: frame.plot, children: [
                    .image(ImageItem(pixelWidth: columns, pixelHeight: rows, pixels: pixels, frame: rect, smooth: false)),
                ])))
            }
        }
        nodes.append(MarkedPointsLayout(marks: marks).node(panel.minima, in: frame) { color(of: $0) })
        return nodes
    }
}

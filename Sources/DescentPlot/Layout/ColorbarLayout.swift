import DescentScene

/// Lays out a colorbar in the space right of a plot area: a framed vertical bar the plot's
/// height, tick labels on its right and a rotated label beyond them.
struct ColorbarLayout {
    let marks: Marks

    private var u: Double { marks.typography.unit }
    private var gap: Double { 12 * u }
    private var barWidth: Double { 11 * u }
    private var tickLength: Double { 3 * u }

    /// The space the colorbar needs right of the plot (labels measured as for a bar `height` tall).
    func width(_ bar: Colorbar, height: Double) -> Double {
        let measurer = marks.measurer, typography = marks.typography
        let widest = ticks(bar, length: height).map { measurer.measure($0.label, markup: true, style: typography.tick).width }.max() ?? 0
        let label = bar.label.isEmpty ? 0 : measurer.measure(bar.label, markup: true, style: typography.axisLabel).height + 4 * u
        return gap + barWidth + tickLength + 3 * u + widest + label + 4 * u
    }

    /// The colorbar beside `plot`.
    func node(_ bar: Colorbar, beside plot: Rect) -> SceneNode {
        let theme = marks.theme, typography = marks.typography
        let rect = Rect(x: plot.maxX + gap, y: plot.minY, width: barWidth, height: plot.height)
        var nodes: [SceneNode] = []
        switch bar.scale {
        case .bands(let levels, let colors):
            let n = max(1, levels.count + 1), h = rect.height / Double(n)
            for b in 0..<min(n, colors.count) {
                let y = rect.maxY - Double(b + 1) * h
                nodes.append(.shape(ShapeItem(Path(rect: Rect(x: rect.x, y: y, width: rect.width, height: h)), fill: colors[b])))
            }
        case .continuous(let colormap, _, _):
            let count = 128
            let pixels = (0..<count).map { colormap.color(at: 1 - Double($0) / Double(count - 1)) }
            nodes.append(.image(ImageItem(pixelWidth: 1, pixelHeight: count, pixels: pixels, frame: rect, smooth: true)))
        }
        nodes.append(.shape(ShapeItem(Path(rect: rect), stroke: StrokeStyle(color: theme.axis, width: 0.8 * u, join: .miter))))
        var tickPath = Path()
        var widest = 0.0
        for tick in ticks(bar, length: rect.height) {
            let y = rect.maxY - tick.position * rect.height
            tickPath.addLine(Point(rect.maxX, y), Point(rect.maxX + tickLength, y))
            nodes.append(.text(TextItem(tick.label, markup: true, at: Point(rect.maxX + tickLength + 3 * u, y), horizontal: .leading, vertical: .center, style: typography.tick)))
            widest = max(widest, marks.measurer.measure(tick.label, markup: true, style: typography.tick).width)
        }
        nodes.append(.shape(ShapeItem(tickPath, stroke: StrokeStyle(color: theme.axis, width: 0.8 * u, cap: .butt))))
        if !bar.label.isEmpty {
            let height = marks.measurer.measure(bar.label, markup: true, style: typography.axisLabel).height
            let x = rect.maxX + tickLength + 3 * u + widest + 4 * u + height / 2
            nodes.append(.text(TextItem(bar.label, markup: true, at: Point(x, rect.center.y), horizontal: .center, vertical: .center, rotation: 90, style: typography.axisLabel)))
        }
        return .group(SceneGroup("colorbar", children: nodes))
    }

    /// Labelled positions along the bar (0 at the bottom, 1 at the top), at most one per 2.2 text
    /// heights of a bar `length` tall.
    func ticks(_ bar: Colorbar, length: Double) -> [(position: Double, label: String)] {
        let textHeight = marks.measurer.measure("0", markup: false, style: marks.typography.tick).height
        let room = max(2, Int(length / (2.2 * max(1, textHeight))))
        switch bar.scale {
        case .bands(let levels, _):
            guard !levels.isEmpty else { return [] }
            let stride = max(1, Int((Double(levels.count) / Double(room)).rounded(.up)))
            let n = Double(levels.count + 1)
            return levels.indices.filter { $0 % stride == 0 }.map { i in
                (Double(i + 1) / n, NumberFormat.compact(levels[i]))
            }
        case .continuous(_, let domain, let logarithmic):
            let scale = AxisScale(kind: logarithmic ? .logarithmic : .linear, domain: domain, start: 0, end: 1)
            let ticks = logarithmic
                ? LogTicks.ticks(in: scale.domain, maxLabels: min(room, 6))
                : LinearTicks.ticks(in: scale.domain, targetCount: min(room, 6))
            return ticks.compactMap { t in
                let p = scale(t.value)
                guard let label = t.label, p.isFinite, p >= -1e-9, p <= 1 + 1e-9 else { return nil }
                return (p, label)
            }
        }
    }
}

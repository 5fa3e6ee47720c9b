import DescentScene

/// Lays out the axes of a panel: margins from measured tick and axis labels, the plot area, ticks,
/// grid, frame, labels and title.
struct AxesLayout {
    /// How the plot area is framed.
    enum Style {
        /// A thin box on all four sides and no grid: for contour maps, whose bands fill the area.
        case boxed
        /// A light grid with left and bottom spines only: for curves.
        case open
    }

    let theme: Theme
    let typography: Typography
    let measurer: any TextMeasuring

    private var tickLength: Double { 4 * typography.unit }
    private var tickGap: Double { 3 * typography.unit }
    private var labelGap: Double { 5 * typography.unit }

    /// The margins a panel in `cell` needs around its plot area. Ticks depend on the plot size and
    /// the margins on the tick labels, so the estimate is made twice and the larger kept.
    func insets(cell: Rect, title: String?, x: AxisRequest, y: AxisRequest) -> Insets {
        let first = insets(for: cell, plot: cell, title: title, x: x, y: y)
        let second = insets(for: cell, plot: plotRect(cell, first), title: title, x: x, y: y)
        return first.union(second)
    }

    /// `insets` with the top raised until `title`, wrapped at the width it finally gets
    /// (``titleWidth(plot:cell:)`` of the plot area `finalPlot` gives, e.g. after a map's aspect
    /// is kept), fits above the plot.
    func insets(_ insets: Insets, fittingTitle title: String?, in cell: Rect, finalPlot: (Rect) -> Rect) -> Insets {
        guard let title, !title.isEmpty else { return insets }
        var result = insets
        // A taller title shortens the plot, which (for a height-bound map) narrows it again: twice suffices.
        for _ in 0..<2 {
            let width = Self.titleWidth(plot: finalPlot(plotRect(cell, result)), cell: cell)
            let needed = measurer.measure(title, markup: true, style: typography.panelTitle, wrapWidth: width).height + 6 * typography.unit
            guard needed > result.top else { break }
            result.top = needed
        }
        return result
    }

    /// The width a panel's title wraps at: from the plot's left edge to its cell's right edge,
    /// and at least the plot's width. A map kept at its aspect is narrower than its cell; were its
    /// title wrapped at the map's width, a short cell would wrap it into a tall column that
    /// shortens, and so narrows, the map again.
    static func titleWidth(plot: Rect, cell: Rect) -> Double {
        max(1, plot.width, cell.maxX - plot.minX)
    }

    /// The plot area of `cell` with `insets`, kept at least 1 pt across.
    func plotRect(_ cell: Rect, _ insets: Insets) -> Rect {
        let r = cell.inset(top: insets.top, left: insets.left, bottom: insets.bottom, right: insets.right)
        return Rect(x: r.x, y: r.y, width: max(1, r.width), height: max(1, r.height))
    }

    /// The scales and ticks of a plot area.
    func frame(plot: Rect, x: AxisRequest, y: AxisRequest) -> PanelFrame {
        let xs = AxisScale(kind: x.kind, domain: x.domain, start: plot.minX, end: plot.maxX)
        let ys = AxisScale(kind: y.kind, domain: y.domain, start: plot.maxY, end: plot.minY)
        return PanelFrame(plot: plot, x: xs, y: ys, xTicks: x.ticks ?? ticks(xs, length: plot.width, spacing: 60), yTicks: y.ticks ?? ticks(ys, length: plot.height, spacing: 36))
    }

    /// Panel background and grid, drawn under the data.
    func underlay(_ frame: PanelFrame, style: Style) -> SceneNode {
        var nodes: [SceneNode] = []
        if theme.panelBackground != theme.background {
            nodes.append(.shape(ShapeItem(Path(rect: frame.plot), fill: theme.panelBackground)))
        }
        if style == .open {
            let p = frame.plot
            var major = Path(), minor = Path()
            for t in frame.xTicks {
                let x = frame.x(t.value)
                guard x.isFinite else { continue }
                if t.isMajor { major.addLine(Point(x, p.minY), Point(x, p.maxY)) } else { minor.addLine(Point(x, p.minY), Point(x, p.maxY)) }
            }
            for t in frame.yTicks {
                let y = frame.y(t.value)
                guard y.isFinite else { continue }
                if t.isMajor { major.addLine(Point(p.minX, y), Point(p.maxX, y)) } else { minor.addLine(Point(p.minX, y), Point(p.maxX, y)) }
            }
            if !minor.isEmpty {
                nodes.append(.shape(ShapeItem(minor, stroke: StrokeStyle(color: theme.grid.withAlpha(0.45), width: 0.5 * typography.unit, cap: .butt))))
            }
            if !major.isEmpty {
                nodes.append(.shape(ShapeItem(major, stroke: StrokeStyle(color: theme.grid, width: 0.7 * typography.unit, cap: .butt))))
            }
        }
        return .group(SceneGroup("grid", children: nodes))
    }

    /// Frame, ticks, tick labels, axis labels and the panel title, drawn over the data.
    func overlay(_ frame: PanelFrame, style: Style, title: String?, cell: Rect, x: AxisRequest, y: AxisRequest) -> SceneNode {
        let p = frame.plot, u = typography.unit
        var nodes: [SceneNode] = []
        let axisStroke = StrokeStyle(color: theme.axis, width: 0.8 * u, cap: .square, join: .miter)
        switch style {
        case .boxed:
            nodes.append(.shape(ShapeItem(Path(rect: p), stroke: axisStroke)))
        case .open:
            nodes.append(.shape(ShapeItem(Path(polyline: [Point(p.minX, p.minY), Point(p.minX, p.maxY), Point(p.maxX, p.maxY)]), stroke: axisStroke)))
        }

        var marks = Path()
        var labels: [SceneNode] = []
        labels.reserveCapacity(frame.xTicks.count + frame.yTicks.count)
        for t in frame.xTicks {
            let x = frame.x(t.value)
            guard x.isFinite else { continue }
            marks.addLine(Point(x, p.maxY), Point(x, p.maxY + (t.isMajor ? tickLength : tickLength * 0.6)))
            if let label = t.label {
                labels.append(.text(TextItem(label, at: Point(x, p.maxY + tickLength + tickGap), horizontal: .center, vertical: .top, style: typography.tick)))
            }
        }
        for t in frame.yTicks {
            let y = frame.y(t.value)
            guard y.isFinite else { continue }
            marks.addLine(Point(p.minX, y), Point(p.minX - (t.isMajor ? tickLength : tickLength * 0.6), y))
            if let label = t.label {
                labels.append(.text(TextItem(label, at: Point(p.minX - tickLength - tickGap, y), horizontal: .trailing, vertical: .center, style: typography.tick)))
            }
        }
        nodes.append(.shape(ShapeItem(marks, stroke: StrokeStyle(color: theme.axis, width: 0.8 * u, cap: .butt))))
        nodes += labels

        let tickHeight = measurer.measure("0", markup: false, style: typography.tick).height
        if !x.label.isEmpty {
            let top = p.maxY + tickLength + tickGap + tickHeight + labelGap
            nodes.append(.text(TextItem(x.label, markup: true, at: Point(p.center.x, top), horizontal: .center, vertical: .top, style: typography.axisLabel)))
        }
        if !y.label.isEmpty {
            let widest = frame.yTicks.compactMap(\.label).map { measurer.measure($0, markup: false, style: typography.tick).width }.max() ?? 0
            let labelHeight = measurer.measure(y.label, markup: true, style: typography.axisLabel).height
            let centerX = p.minX - tickLength - tickGap - widest - labelGap - labelHeight / 2
            nodes.append(.text(TextItem(y.label, markup: true, at: Point(centerX, p.center.y), horizontal: .center, vertical: .center, rotation: 90, style: typography.axisLabel)))
        }
        if let title, !title.isEmpty {
            // Wrapped within its cell, so a long title never runs into the next panel's.
            nodes.append(.text(TextItem(title, markup: true, at: Point(p.minX, p.minY - 6 * u), horizontal: .leading, vertical: .bottom, style: typography.panelTitle, wrapWidth: Self.titleWidth(plot: p, cell: cell))))
        }
        return .group(SceneGroup("axes", children: nodes))
    }

    /// Margins for a panel in `cell` whose plot area is (about) `plot`.
    private func insets(for cell: Rect, plot: Rect, title: String?, x: AxisRequest, y: AxisRequest) -> Insets {
        let f = frame(plot: plot, x: x, y: y)
        let tickHeight = measurer.measure("0", markup: false, style: typography.tick).height
        let yLabels = f.yTicks.compactMap(\.label).map { measurer.measure($0, markup: false, style: typography.tick).width }
        let lastX = f.xTicks.last(where: { $0.label != nil }).flatMap { t in t.label.map { measurer.measure($0, markup: false, style: typography.tick).width } } ?? 0
        let firstX = f.xTicks.first(where: { $0.label != nil }).flatMap { t in t.label.map { measurer.measure($0, markup: false, style: typography.tick).width } } ?? 0
        let u = typography.unit

        var left = tickLength + tickGap + (yLabels.max() ?? 0) + 2 * u
        if !y.label.isEmpty { left += labelGap + measurer.measure(y.label, markup: true, style: typography.axisLabel).height }
        left = max(left, firstX / 2 + 2 * u)
        var bottom = tickLength + tickGap + tickHeight + 2 * u
        if !x.label.isEmpty { bottom += labelGap + measurer.measure(x.label, markup: true, style: typography.axisLabel).height }
        var top = max(tickHeight / 2 + 2 * u, 6 * u)
        if let title, !title.isEmpty { top = max(top, measurer.measure(title, markup: true, style: typography.panelTitle, wrapWidth: max(1, plot.width)).height + 6 * u) }
        let right = max(lastX / 2 + 2 * u, 8 * u)
        return Insets(top: top, left: left, bottom: bottom, right: right)
    }

    /// Ticks for a scale on an axis `length` points long, about one per `spacing` points.
    private func ticks(_ scale: AxisScale, length: Double, spacing: Double) -> [Tick] {
        let target = max(3, min(10, Int(length / (spacing * typography.unit))))
        switch scale.kind {
        case .linear: return LinearTicks.ticks(in: scale.domain, targetCount: target)
        case .logarithmic: return LogTicks.ticks(in: scale.domain, maxLabels: max(3, target))
        }
    }
}

extension Path {
    /// Adds a separate straight segment from `a` to `b`.
    mutating func addLine(_ a: Point, _ b: Point) {
        move(to: a)
        line(to: b)
    }
}

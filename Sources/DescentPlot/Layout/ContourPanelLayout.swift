import DescentScene

/// Lays out a contour panel: filled level bands, thin contour lines, optimizer paths and marked
/// points inside a boxed frame whose axes span the field's extent, optionally a light gradient
/// field, annotations and a colorbar. Marked points are drawn last, so a
/// minimum stays visible under the runs that converged to it.
struct ContourPanelLayout {
    let panel: ContourPanel
    let theme: Theme
    let marks: Marks
    /// The band colormap: the theme's span of it, washed toward the panel background.
    let colormap: Colormap
    /// The grid of the field, or nil when it cannot be contoured.
    let grid: ContourGrid?
    /// The resolved levels (empty without a grid).
    let levels: [Double]

    /// Keeps the grid, levels and bands for other layouts of the same field, or nil.
    let memo: LayoutMemo?

    init(panel: ContourPanel, theme: Theme, marks: Marks, memo: LayoutMemo? = nil) {
        self.panel = panel
        self.theme = theme
        self.marks = marks
        self.memo = memo
        colormap = theme.mapColormap(panel.colormap).washed(toward: theme.panelBackground, by: theme.contourWash)
        let finiteExtent = [panel.field.x.lowerBound, panel.field.x.upperBound, panel.field.y.lowerBound, panel.field.y.upperBound].allSatisfy(\.isFinite)
        let make = { () -> (ContourGrid?, [Double]) in
            let grid = finiteExtent ? ContourGrid(panel.field) : nil
            return (grid, grid.map { ContourLevels.resolve(panel.levels, for: $0).values } ?? [])
        }
        (grid, levels) = memo?.value(for: GridKey(field: panel.field, levels: panel.levels), make) ?? make()
    }

    /// What the grid and levels depend on.
    private struct GridKey: Hashable {
        let field: ScalarField
        let levels: ContourPanel.Levels
    }

    /// What the bands depend on besides the grid key.
    private struct BandsKey: Hashable {
        let grid: GridKey
        let colormap: Colormap
        let plot: Rect
        let lineTint: Color
        let lineAmount: Double
        let unit: Double
    }

    /// Band `b` lies between level `b - 1` and level `b` (band 0 below the first level, band `n`
    /// above the last); its color is the colormap at `b / n`.
    func bandColor(_ b: Double) -> Color {
        colormap.color(at: levels.isEmpty ? 0.5 : b / Double(levels.count))
    }

    /// The colorbar of the bands, when the panel asks for one and has levels.
    var colorbar: Colorbar? {
        guard panel.showsColorbar, !levels.isEmpty else { return nil }
        return Colorbar(scale: .bands(levels: levels, colors: (0...levels.count).map { bandColor(Double($0)) }), label: "f(x, y)")
    }

    /// The axes: the field's extent on both, linear.
    var axisRequests: (x: AxisRequest, y: AxisRequest) {
        (AxisRequest(kind: .linear, domain: panel.field.x, label: panel.xLabel),
         AxisRequest(kind: .linear, domain: panel.field.y, label: panel.yLabel))
    }

    /// The panel's data layers (the axes are drawn by the caller).
    ///
    /// Everything labels must keep clear of is known before the first label is placed: the
    /// drawn paths, the markers (critical points; each path's start and end, kept to the size
    /// of their marks, as they crowd around critical points; its snapshot rings and divergence
    /// ✕) and the formula box. Then one placer takes every label of the map:
    /// critical points first (they matter most), then each run's step numbers, snapshots and
    /// divergence, then the annotations.
    func nodes(in frame: PanelFrame) -> [SceneNode] {
        var nodes = bands(in: frame)
        if let field = panel.gradientField { nodes.append(VectorFieldLayout(marks: marks).node(field, in: frame)) }
        nodes += panel.scatter.map { scatter($0, in: frame) }
        let u = marks.typography.unit
        let drawn = panel.paths.map { DrawnPath($0, in: frame) }
        var placer = LabelPlacer(marks: marks, bounds: frame.plot, markers: panel.markedPoints.map { frame.point($0.x, $0.y) }, radius: 6 * u)
        for (series, path) in zip(panel.paths, drawn) {
            placer.avoid(paths: path.pieces)
            for p in path.ends { placer.avoid(p, radius: 0.5 * marks.markerSize + 0.5 * u) }
            for step in series.snapshots where path.points.indices.contains(step) { placer.avoid(path.points[step], radius: StepMarksLayout.snapshotRadius * u) }
        }
        let formulas = FormulaBoxLayout(marks: marks).layout(panel.formulas, placement: panel.formulaPlacement, in: frame, avoiding: obstacles(drawn, in: frame))
        if let formulas { placer.avoid(formulas.box) }
        let crosses = zip(panel.paths, drawn).map { series, path in
            series.divergedAtStep == nil ? nil : path.divergenceMark(in: frame.plot, margin: 5 * u).map { placer.crossPosition($0) }
        }
        let criticalPoints = MarkedPointsLayout(marks: marks).node(panel.markedPoints, in: frame, placer: &placer)
        let trajectories = TrajectoryLayout(marks: marks)
        var ends: [SceneNode] = []
        for i in panel.paths.indices {
            let line = trajectories.nodes(for: panel.paths[i], drawn: drawn[i], cross: crosses[i], in: frame, placer: &placer)
            nodes.append(line.line)
            ends.append(line.end)
        }
        if let hidden = hiddenPaths(drawn, in: frame) { nodes.append(hidden) }
        nodes += ends
        if let overlays = OverlayLayout(marks: marks).node(panel.overlays, in: frame) { nodes.append(overlays) }
        nodes.append(criticalPoints)
        if let notes = AnnotationLayout(marks: marks).node(panel.annotations, in: frame, placer: &placer) { nodes.append(notes) }
        if let formulas { nodes.append(formulas.node) }
        return nodes
    }

    /// The paths hidden under later ones drawn again, dashed in turns, over every line
    /// (``HiddenPaths``), clipped to the plot; nil when none is hidden.
    private func hiddenPaths(_ drawn: [DrawnPath], in frame: PanelFrame) -> SceneNode? {
        let hidden = HiddenPaths.indices(drawn.map(\.pieces), bounds: frame.plot, lineWidth: marks.lineWidth)
        guard !hidden.isEmpty else { return nil }
        let shapes = hidden.enumerated().map { layer, i -> SceneNode in
            var path = Path()
            for piece in drawn[i].pieces { path.append(Path(polyline: piece)) }
            let dash = HiddenPaths.pattern(layer: layer, of: hidden.count, unit: marks.typography.unit)
            return .shape(ShapeItem(path, stroke: StrokeStyle(color: panel.paths[i].style.color, width: marks.lineWidth, dash: dash, cap: .butt)))
        }
        return .group(SceneGroup("hidden-paths", clip: frame.plot, children: shapes))
    }

    /// One scatter series: a small marker at each finite point inside the plot.
    private func scatter(_ series: ScatterSeries, in frame: PanelFrame) -> SceneNode {
        let size = marks.markerSize * series.size
        var children: [SceneNode] = []
        for (x, y) in zip(series.xs, series.ys) {
            let p = frame.point(x, y)
            guard p.x.isFinite, p.y.isFinite, frame.plot.contains(p) else { continue }
            children.append(marks.marker(series.style.marker, at: p, style: series.style, size: size))
        }
        return .group(SceneGroup("scatter.\(series.id)", clip: frame.plot, children: children))
    }

    /// The device points the formula box should not cover: every path point and marked point.
    private func obstacles(_ drawn: [DrawnPath], in frame: PanelFrame) -> [Point] {
        (drawn.flatMap(\.points) + panel.markedPoints.map { frame.point($0.x, $0.y) }).filter { $0.x.isFinite && $0.y.isFinite }
    }

    /// The band fills and contour lines, clipped to the plot area (from the memo when it has them).
    private func bands(in frame: PanelFrame) -> [SceneNode] {
        guard let memo else { return tracedBands(in: frame) }
        let key = BandsKey(
            grid: GridKey(field: panel.field, levels: panel.levels), colormap: colormap, plot: frame.plot,
            lineTint: theme.contourLineTint, lineAmount: theme.contourLineAmount, unit: marks.typography.unit
        )
        return memo.value(for: key) { tracedBands(in: frame) }
    }

    /// The band fills and contour lines, traced.
    private func tracedBands(in frame: PanelFrame) -> [SceneNode] {
        guard let grid else {
            return [.group(SceneGroup("bands", clip: frame.plot, children: [
                .shape(ShapeItem(Path(rect: frame.plot), fill: colormap.color(at: 0.5))),
            ]))]
        }
        let n = levels.count
        let field = panel.field
        let x0 = frame.x(field.x.lowerBound), y0 = frame.y(field.y.lowerBound)
        let transform = GridTransform(
            originX: x0, originY: y0,
            stepX: (frame.x(field.x.upperBound) - x0) / Double(grid.columns - 1),
            stepY: (frame.y(field.y.upperBound) - y0) / Double(grid.rows - 1)
        )
        var fills: [SceneNode] = [.shape(ShapeItem(Path(rect: frame.plot), fill: bandColor(Double(n))))]
        var lines: [SceneNode] = []
        var tracer = IsolineTracer(grid: grid)
        // Paint {f <= L_k} from the highest level down, each in the color of the band just below
        // L_k: every point ends up in the color of its own band, with one fill per level (no seams).
        // Each level is traced once: its chains outline the filled region and are its contour line.
        let chains = levels.map { tracer.chains(at: $0) }
        for k in stride(from: n - 1, through: 0, by: -1) {
            let region = grid.region(atOrBelow: levels[k], chains: chains[k], transform: transform)
            if !region.isEmpty { fills.append(.shape(ShapeItem(region, fill: bandColor(Double(k))))) }
        }
        for k in 0..<n {
            var path = Path()
            for chain in chains[k] {
                path.append(chain.path(transform))
            }
            guard !path.isEmpty else { continue }
            let color = bandColor(Double(k) + 0.5).mixed(with: theme.contourLineTint, theme.contourLineAmount)
            lines.append(.shape(ShapeItem(path, stroke: StrokeStyle(color: color, width: 0.5 * marks.typography.unit))))
        }
        return [
            .group(SceneGroup("bands", clip: frame.plot, children: fills)),
            .group(SceneGroup("contour-lines", clip: frame.plot, children: lines)),
        ]
    }
}

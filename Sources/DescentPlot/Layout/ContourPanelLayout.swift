import DescentScene

/// Lays out a contour panel: filled level bands, thin contour lines, optimizer paths and marked
/// points inside a boxed frame whose axes span the field's extent, optionally a light gradient
/// field, annotations and a colorbar. Marked points are drawn last, so a
/// minimum stays visible under the runs that converged to it.
struct ContourPanelLayout {
    let panel: ContourPanel
    let theme: Theme
    let marks: Marks
    /// The band colormap, washed toward the panel background.
    let colormap: Colormap
    /// The grid of the field, or nil when it cannot be contoured.
    let grid: ContourGrid?
    /// The resolved levels (empty without a grid).
    let levels: [Double]

    init(panel: ContourPanel, theme: Theme, marks: Marks) {
        self.panel = panel
        self.theme = theme
        self.marks = marks
        colormap = (panel.colormap ?? theme.colormap).washed(toward: theme.panelBackground, by: theme.contourWash)
        let finiteExtent = [panel.field.x.lowerBound, panel.field.x.upperBound, panel.field.y.lowerBound, panel.field.y.upperBound].allSatisfy(\.isFinite)
        grid = finiteExtent ? ContourGrid(panel.field) : nil
        levels = grid.map { ContourLevels.resolve(panel.levels, for: $0).values } ?? []
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
    func nodes(in frame: PanelFrame) -> [SceneNode] {
        var nodes = bands(in: frame)
        if let field = panel.gradientField { nodes.append(VectorFieldLayout(marks: marks).node(field, in: frame)) }
        let trajectories = TrajectoryLayout(marks: marks)
        var ends: [SceneNode] = []
        for series in panel.paths {
            let drawn = trajectories.nodes(for: series, in: frame)
            nodes.append(drawn.line)
            ends.append(drawn.end)
        }
        nodes += ends
        if let overlays = OverlayLayout(marks: marks).node(panel.overlays, in: frame) { nodes.append(overlays) }
        nodes.append(MarkedPointsLayout(marks: marks).node(panel.markedPoints, in: frame))
        if let notes = AnnotationLayout(marks: marks).node(panel.annotations, in: frame) { nodes.append(notes) }
        return nodes
    }

    /// The band fills and contour lines, clipped to the plot area.
    private func bands(in frame: PanelFrame) -> [SceneNode] {
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

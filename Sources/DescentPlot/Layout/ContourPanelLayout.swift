import DescentScene

/// Lays out a contour panel: filled level bands, thin contour lines, optimizer paths and marked
/// points inside a boxed frame whose axes span the field's extent. Marked points are drawn last,
/// so a minimum stays visible under the runs that converged to it.
struct ContourPanelLayout {
    let panel: ContourPanel
    let theme: Theme
    let marks: Marks

    /// The axes: the field's extent on both, linear.
    var axisRequests: (x: AxisRequest, y: AxisRequest) {
        (AxisRequest(kind: .linear, domain: panel.field.x, label: panel.xLabel),
         AxisRequest(kind: .linear, domain: panel.field.y, label: panel.yLabel))
    }

    /// The panel's data layers (the axes are drawn by the caller).
    func nodes(in frame: PanelFrame) -> [SceneNode] {
        var nodes = bands(in: frame)
        let trajectories = TrajectoryLayout(marks: marks)
        var ends: [SceneNode] = []
        for series in panel.paths {
            let drawn = trajectories.nodes(for: series, in: frame)
            nodes.append(drawn.line)
            ends.append(drawn.end)
        }
        nodes += ends
        nodes.append(markedPoints(in: frame))
        return nodes
    }

    /// The band fills and contour lines, clipped to the plot area.
    private func bands(in frame: PanelFrame) -> [SceneNode] {
        let colormap = (panel.colormap ?? theme.colormap).washed(toward: theme.panelBackground, by: theme.contourWash)
        let finiteExtent = [panel.field.x.lowerBound, panel.field.x.upperBound, panel.field.y.lowerBound, panel.field.y.upperBound].allSatisfy(\.isFinite)
        guard finiteExtent, let grid = ContourGrid(panel.field) else {
            return [.group(SceneGroup("bands", clip: frame.plot, children: [
                .shape(ShapeItem(Path(rect: frame.plot), fill: colormap.color(at: 0.5))),
            ]))]
        }
        let levels = ContourLevels.resolve(panel.levels, for: grid).values
        let n = levels.count
        // Band b lies between level b - 1 and level b (band 0 below the first level, band n above
        // the last); its color is the colormap at b / n.
        func bandColor(_ b: Double) -> Color { colormap.color(at: n == 0 ? 0.5 : b / Double(n)) }
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
        for k in stride(from: n - 1, through: 0, by: -1) {
            let region = grid.region(atOrBelow: levels[k], transform: transform)
            if !region.isEmpty { fills.append(.shape(ShapeItem(region, fill: bandColor(Double(k))))) }
        }
        for k in 0..<n {
            let path = tracer.lines(at: levels[k], transform: transform)
            guard !path.isEmpty else { continue }
            let color = bandColor(Double(k) + 0.5).mixed(with: theme.contourLineTint, theme.contourLineAmount)
            lines.append(.shape(ShapeItem(path, stroke: StrokeStyle(color: color, width: 0.5 * marks.typography.unit))))
        }
        return [
            .group(SceneGroup("bands", clip: frame.plot, children: fills)),
            .group(SceneGroup("contour-lines", clip: frame.plot, children: lines)),
        ]
    }

    /// Minima as stars, saddles as x marks, maxima as triangles, each with its label.
    private func markedPoints(in frame: PanelFrame) -> SceneNode {
        let u = marks.typography.unit
        let outline = StrokeStyle(color: theme.foreground, width: 1.0 * u, join: .miter)
        var nodes: [SceneNode] = []
        for point in panel.markedPoints {
            let p = frame.point(point.x, point.y)
            guard p.x.isFinite, p.y.isFinite, p.x >= frame.plot.minX, p.x <= frame.plot.maxX,
                  p.y >= frame.plot.minY, p.y <= frame.plot.maxY else { continue }
            switch point.kind {
            case .minimum:
                nodes.append(.shape(ShapeItem(MarkerPath.star(at: p, outer: 7 * u, inner: 3.1 * u), fill: theme.panelBackground, stroke: outline)))
            case .saddle:
                let x = MarkerPath.xMark(at: p, radius: 4 * u)
                nodes.append(.shape(ShapeItem(x, stroke: StrokeStyle(color: theme.panelBackground.withAlpha(0.9), width: 4 * u))))
                nodes.append(.shape(ShapeItem(x, stroke: StrokeStyle(color: theme.foreground, width: 1.6 * u))))
            case .maximum:
                nodes.append(.shape(ShapeItem(MarkerPath.regularPolygon(at: Point(p.x, p.y + 1.2 * u), radius: 5.5 * u, corners: 3), fill: theme.panelBackground, stroke: outline)))
            }
            if let label = point.label, !label.isEmpty {
                nodes.append(marks.annotation(label, near: p, in: frame.plot, color: theme.foreground))
            }
        }
        return .group(SceneGroup("marked-points", children: nodes))
    }
}

import DescentScene

extension Figure {
    /// The figure with every line panel's axes fixed at the ranges its whole data gives, so that
    /// frames showing part of the data keep the axes of the still figure (and draw it identically
    /// at the last step).
    public func pinnedAxes() -> Figure {
        var figure = self
        figure.layout = layout.mapPanels { panel in
            guard case .lines(var lines) = panel else { return panel }
            let axes = LinePanelLayout.axisRequests(lines)
            lines.xDomain = axes.x.domain
            lines.yDomain = axes.y.domain
            return .lines(lines)
        }
        return figure
    }

    /// The figure as it stands after `step` optimizer steps (a fraction draws the point part way
    /// along the next step): each path keeps its points up to the step, and each curve against
    /// steps or epochs (`epochLength` steps each), and each seed band, its points up to the step,
    /// under a cursor.
    ///
    /// A run that diverged by then ends with its mark; marks of later steps (snapshots, diverged
    /// x's, best points, schedule events such as a restart) are not shown yet. Pin the axes first (`pinnedAxes`) so they stay still.
    public func frame(atStep step: Double, epochLength: Int = 1, cursor: Color? = nil) -> Figure {
        var figure = self
        let cursorColor = cursor ?? theme.foreground
        figure.layout = layout.mapPanels { panel in
            switch panel {
            case .contour(var contour):
                contour.paths = contour.paths.map { $0.truncated(atStep: step) }
                return .contour(contour)
            case .surface3d(var surface):
                surface.paths = surface.paths.map { $0.truncated(atStep: step) }
                return .surface3d(surface)
            case .lines(var lines):
                let cut: Double
                switch lines.xQuantity {
                case .step: cut = step
                case .epoch: cut = step / Double(max(1, epochLength))
                case .learningRate, .other: return panel
                }
                lines.series = lines.series.map { $0.truncated(atX: cut) }
                lines.bands = lines.bands.map { $0.truncated(atX: cut) }
                lines.pointMarkers = lines.pointMarkers.filter { $0.x <= cut }
                lines.verticalMarkers = lines.verticalMarkers.filter { $0.x <= cut }
                lines.verticalMarkers.append(VerticalMarker(x: cut, label: "", color: cursorColor))
                return .lines(lines)
            case .heatmap, .basins:
                return panel
            }
        }
        return figure
    }
}

extension PanelLayout {
    /// The same arrangement with `transform` applied to every panel.
    func mapPanels(_ transform: (Panel) -> Panel) -> PanelLayout {
        switch self {
        case .panel(let panel): return .panel(transform(panel))
        case .row(let items, let weights): return .row(items.map { $0.mapPanels(transform) }, weights: weights)
        case .column(let items, let weights): return .column(items.map { $0.mapPanels(transform) }, weights: weights)
        }
    }
}

extension PathSeries {
    /// The path after `step` steps: points `0...floor(step)`, plus the point part way to the next
    /// for a fractional step; snapshots and the divergence mark of later steps dropped, and the
    /// faint evaluation points kept only once the path is complete (they carry no step).
    func truncated(atStep step: Double) -> PathSeries {
        var series = self
        let count = min(xs.count, ys.count)
        guard step.isFinite, step < Double(count - 1) else { return series }
        let whole = max(0, Int(step.rounded(.down)))
        let fraction = step - Double(whole)
        series.xs = Array(xs[0...whole])
        series.ys = Array(ys[0...whole])
        if fraction > 0, whole + 1 < count {
            series.xs.append(xs[whole] + fraction * (xs[whole + 1] - xs[whole]))
            series.ys.append(ys[whole] + fraction * (ys[whole + 1] - ys[whole]))
        }
        if let diverged = divergedAtStep, Double(diverged) > step { series.divergedAtStep = nil }
        series.snapshots = snapshots.filter { Double($0) <= step }
        series.faintXs = []
        series.faintYs = []
        return series
    }
}

extension LineSeries {
    /// The curve up to `x`: the points at or before it, plus the point where the next segment
    /// crosses `x`; the divergence mark only once `x` reaches it.
    func truncated(atX x: Double) -> LineSeries {
        var series = self
        guard let cut = CurveCut(xs: xs, columns: [ys], atX: x) else { return series }
        series.xs = cut.xs
        series.ys = cut.columns[0]
        if let diverged = divergedAt, diverged > x { series.divergedAt = nil }
        return series
    }
}

extension LineBand {
    /// The band up to `x`, cut as its curve is (``LineSeries/truncated(atX:)``).
    func truncated(atX x: Double) -> LineBand {
        var band = self
        guard let cut = CurveCut(xs: xs, columns: [lows, highs], atX: x) else { return band }
        band.xs = cut.xs
        band.lows = cut.columns[0]
        band.highs = cut.columns[1]
        return band
    }
}

/// Curves sharing their horizontal values, cut at `x`: the points at or before it, plus a point
/// at `x` interpolated linearly on the segment crossing it when every curve is finite at both
/// its ends.
struct CurveCut {
    var xs: [Double]
    var columns: [[Double]]

    /// Nil when no point lies after `x` (nothing to cut).
    init?(xs allXs: [Double], columns all: [[Double]], atX x: Double) {
        let count = all.reduce(allXs.count) { min($0, $1.count) }
        guard let next = (0..<count).first(where: { allXs[$0] > x }) else { return nil }
        xs = Array(allXs[0..<next])
        columns = all.map { Array($0[0..<next]) }
        guard next > 0, allXs[next - 1] < x, allXs[next] > allXs[next - 1],
              all.allSatisfy({ $0[next].isFinite && $0[next - 1].isFinite }) else { return }
        let t = (x - allXs[next - 1]) / (allXs[next] - allXs[next - 1])
        xs.append(x)
        for (k, values) in all.enumerated() { columns[k].append(values[next - 1] + t * (values[next] - values[next - 1])) }
    }
}

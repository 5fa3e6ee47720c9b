import DescentScene
import Foundation

/// Lays out a line panel: curves on a light grid, each axis linear or logarithmic, with an x
/// where a diverged run left the chart, and the panel's markers, annotations and note.
struct LinePanelLayout {
    let panel: LinePanel
    let marks: Marks

    /// Fraction of the y range added above and below the data.
    static let yPadding = 0.05

    /// The most decades a logarithmic y axis spans: below `10^-12` of the highest value shown the
    /// axis stops and curves leave through its bottom edge. A run converging to 1e-30 would
    /// otherwise squeeze every informative decade into the top third of the panel.
    static let logDecades = 12.0

    /// The axes: x spans the finite data; y spans the data with a little room, except that a
    /// diverged run may not stretch it much beyond the runs that stayed finite, and a logarithmic
    /// y axis spans at most `logDecades` decades below its highest value.
    var axisRequests: (x: AxisRequest, y: AxisRequest) { Self.axisRequests(panel) }

    /// The axes of `panel` (see `axisRequests`).
    static func axisRequests(_ panel: LinePanel) -> (x: AxisRequest, y: AxisRequest) {
        let log = panel.yScale == .logarithmic, xLog = panel.xScale == .logarithmic
        var xs = Extent(), kept = Extent(), wild = Extent()
        for series in panel.series {
            for i in 0..<min(series.xs.count, series.ys.count) {
                let x = series.xs[i], y = series.ys[i]
                guard x.isFinite, y.isFinite, !log || y > 0, !xLog || x > 0 else { continue }
                xs.add(x)
                if series.divergedAt == nil { kept.add(log ? log10(y) : y) } else { wild.add(log ? log10(y) : y) }
            }
        }
        for band in panel.bands {
            for i in 0..<min(band.xs.count, band.lows.count, band.highs.count) where band.xs[i].isFinite {
                for y in [band.lows[i], band.highs[i]] where y.isFinite && (!log || y > 0) { kept.add(log ? log10(y) : y) }
            }
        }
        for marker in panel.pointMarkers where marker.x.isFinite && (!xLog || marker.x > 0) { xs.add(marker.x) }
        var ys = kept
        if let lo = wild.lo, let hi = wild.hi {
            if let keptLo = kept.lo, let keptHi = kept.hi {
                // Runs that blew up may reach one decade (log) or half the range (linear) past the others.
                let headroom = log ? 1 : max(keptHi - keptLo, abs(keptHi) * 0.1, 1e-12) * 0.5
                ys.add(max(lo, keptLo - headroom))
                ys.add(min(hi, keptHi + headroom))
            } else {
                ys = wild
            }
        }
        if log, let lo = ys.lo, let hi = ys.hi, hi - lo > logDecades {
            ys = Extent()
            ys.add(hi - logDecades)
            ys.add(hi)
        }
        var yDomain = (ys.lo ?? (log ? -1 : 0))...(ys.hi ?? (log ? 0 : 1))
        let span = yDomain.upperBound - yDomain.lowerBound
        if span > 0 {
            // Values shown as x marks along the top edge, and the labels of vertical markers
            // (which run along the top), get a strip of their own above the data.
            let topStrip = panel.pointMarkers.contains { $0.kind == .divergedAtTop } || panel.verticalMarkers.contains { !$0.label.isEmpty }
            let top = topStrip ? 0.18 : yPadding
            yDomain = (yDomain.lowerBound - span * yPadding)...(yDomain.upperBound + span * top)
        }
        if log { yDomain = pow(10, yDomain.lowerBound)...pow(10, yDomain.upperBound) }
        if let pinned = panel.yDomain { yDomain = pinned }
        var xDomain = panel.xDomain ?? (xs.lo ?? 0)...(xs.hi ?? 1)
        if xLog, panel.xDomain == nil, let lo = xs.lo, let hi = xs.hi {
            // A sweep's end points sit a little inside the axis, not on it.
            xDomain = (lo / pow(hi / lo, 0.04))...(hi * pow(hi / lo, 0.04))
        }
        return (AxisRequest(kind: xLog ? .logarithmic : .linear, domain: xDomain, label: panel.xLabel, ticks: panel.xTicks),
                AxisRequest(kind: log ? .logarithmic : .linear, domain: yDomain, label: panel.yLabel))
    }

    /// The curves, clipped to the plot area, and the marks of diverged runs.
    func nodes(in frame: PanelFrame) -> [SceneNode] {
        var curves: [SceneNode] = [], ends: [SceneNode] = []
        for series in panel.series {
            let count = min(series.xs.count, series.ys.count)
            var points: [Point] = []
            points.reserveCapacity(count)
            for i in 0..<count { points.append(frame.point(series.xs[i], series.ys[i])) }
            let pieces = PolylineClipper.clip(points, to: frame.plot)
            var path = Path()
            for piece in pieces { path.append(Path(polyline: piece)) }
            var children: [SceneNode] = []
            if series.showsLine, !path.isEmpty { children.append(.shape(ShapeItem(path, stroke: marks.lineStroke(series.style)))) }
            if series.showsPoints {
                for p in points where p.x.isFinite && p.y.isFinite && frame.plot.contains(p) {
                    children.append(marks.marker(series.style.marker, at: p, style: series.style, size: 6.5 * marks.typography.unit))
                }
            }
            curves.append(.group(SceneGroup("series.\(series.id)", clip: frame.plot, children: children)))
            // Unclipped, like the ✕, so a curve ending on the chart's edge shows its whole marker.
            if series.marksEnd, !series.showsPoints, series.divergedAt == nil,
               let last = points.last(where: { $0.x.isFinite && $0.y.isFinite }), frame.plot.contains(last) {
                ends.append(.group(SceneGroup("series.\(series.id).end", children: [
                    marks.marker(series.style.marker, at: last, style: series.style, size: 6.5 * marks.typography.unit),
                ])))
            }
            if let step = series.divergedAt, let exit = pieces.last?.last {
                // At the step the run diverged, as on every other panel and on the map, at the
                // height where its curve left the chart (or ended).
                let u = marks.typography.unit
                let x = frame.x(step).isFinite ? frame.x(step) : exit.x
                let p = Point(min(max(x, frame.plot.minX + 5 * u), frame.plot.maxX - 5 * u),
                              min(max(exit.y, frame.plot.minY + 5 * u), frame.plot.maxY - 5 * u))
                ends.append(.group(SceneGroup("series.\(series.id).end", children: marks.divergedMark(at: p, color: series.style.color))))
            }
        }
        let extras = LineMarkersLayout(marks: marks)
        // The note goes under the marks: its halo must not hide an x drawn at the top edge.
        var nodes: [SceneNode] = [extras.verticalMarkers(panel.verticalMarkers, in: frame)]
        nodes += panel.bands.map { band($0, in: frame) }
        nodes += curves
        if let overlays = OverlayLayout(marks: marks).node(panel.overlays, in: frame) { nodes.append(overlays) }
        nodes += ends
        if let note = extras.note(panel.note, in: frame) { nodes.append(note) }
        nodes.append(extras.pointMarkers(panel.pointMarkers, in: frame))
        if let annotations = AnnotationLayout(marks: marks).node(panel.annotations, in: frame) { nodes.append(annotations) }
        return nodes
    }
}

extension LinePanelLayout {
    /// One band as filled polygons, one per stretch of steps where both edges are known: the
    /// upper edge left to right, then the lower edge back.
    func band(_ band: LineBand, in frame: PanelFrame) -> SceneNode {
        let count = min(band.xs.count, band.lows.count, band.highs.count)
        // Edges that leave the chart are pinned just outside it, so the fill reaches the edge.
        let top = frame.plot.minY - 1, bottom = frame.plot.maxY + 1
        func y(_ value: Double) -> Double? {
            if value.isNaN { return nil }
            if value == .infinity { return top }
            let p = frame.y(value)
            if p.isNaN || p == .infinity { return bottom }
            return min(max(p, top), bottom)
        }
        var path = Path(), upper: [Point] = [], lower: [Point] = []
        func flush() {
            if upper.count > 1 { path.append(Path(polyline: upper + lower.reversed(), closed: true)) }
            upper.removeAll()
            lower.removeAll()
        }
        for i in 0..<count {
            let x = frame.x(band.xs[i])
            guard x.isFinite, let hi = y(band.highs[i]), let lo = y(band.lows[i]) else { flush(); continue }
            upper.append(Point(x, hi))
            lower.append(Point(x, lo))
        }
        flush()
        let children: [SceneNode] = path.isEmpty ? [] : [.shape(ShapeItem(path, fill: band.color.withAlpha(band.opacity)))]
        return .group(SceneGroup("band.\(band.id)", clip: frame.plot, children: children))
    }
}

/// The smallest interval holding the values added so far.
struct Extent {
    /// The smallest value, or nil before the first.
    private(set) var lo: Double?
    /// The largest value, or nil before the first.
    private(set) var hi: Double?

    /// Widens the interval to hold `v`.
    mutating func add(_ v: Double) {
        lo = min(lo ?? v, v)
        hi = max(hi ?? v, v)
    }
}

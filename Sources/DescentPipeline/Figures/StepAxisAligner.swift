import DescentPlot

/// Lines up the step axes of a composed figure: every linear line panel whose x axis counts steps
/// (or epochs, see ``AxisQuantity``) gets the union of their x ranges, so a given step sits at the
/// same relative place in every panel and panels stacked in a column share their ticks.
enum StepAxisAligner {
    static func aligned(_ layout: PanelLayout) -> PanelLayout {
        var ranges: [AxisQuantity: ClosedRange<Double>] = [:]
        collect(layout, into: &ranges)
        return apply(layout, ranges)
    }

    private static func key(_ panel: LinePanel) -> AxisQuantity? {
        guard panel.xScale == .linear, panel.xQuantity == .step || panel.xQuantity == .epoch else { return nil }
        return panel.xQuantity
    }

    private static func collect(_ layout: PanelLayout, into ranges: inout [AxisQuantity: ClosedRange<Double>]) {
        switch layout {
        case .panel(.lines(let panel)):
            guard let key = key(panel) else { return }
            let xs = panel.series.flatMap(\.xs).filter(\.isFinite)
            guard let lo = xs.min(), let hi = xs.max() else { return }
            let old = ranges[key] ?? lo...hi
            ranges[key] = min(old.lowerBound, lo)...max(old.upperBound, hi)
        case .panel:
            return
        case .row(let items, _), .column(let items, _):
            for item in items { collect(item, into: &ranges) }
        }
    }

    private static func apply(_ layout: PanelLayout, _ ranges: [AxisQuantity: ClosedRange<Double>]) -> PanelLayout {
        switch layout {
        case .panel(.lines(var panel)):
            if let key = key(panel), let range = ranges[key] { panel.xDomain = range }
            return .panel(.lines(panel))
        case .panel:
            return layout
        case .row(let items, let weights):
            return .row(items.map { apply($0, ranges) }, weights: weights)
        case .column(let items, let weights):
            return .column(items.map { apply($0, ranges) }, weights: weights)
        }
    }
}

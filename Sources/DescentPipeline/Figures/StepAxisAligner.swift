import DescentPlot

/// Lines up the step axes of a composed figure: every line panel whose x axis is `step` (or
/// `epoch`) gets the union of their x ranges, so a given step sits at the same relative place in
/// every panel and panels stacked in a column share their ticks.
enum StepAxisAligner {
    static func aligned(_ layout: PanelLayout) -> PanelLayout {
        var ranges: [String: ClosedRange<Double>] = [:]
        collect(layout, into: &ranges)
        return apply(layout, ranges)
    }

    private static func key(_ panel: LinePanel) -> String? {
        let stepAxes = [FigureWords.english, .korean].flatMap { [$0.step, $0.epoch] }
        return panel.xScale == .linear && stepAxes.contains(panel.xLabel) ? panel.xLabel : nil
    }

    private static func collect(_ layout: PanelLayout, into ranges: inout [String: ClosedRange<Double>]) {
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

    private static func apply(_ layout: PanelLayout, _ ranges: [String: ClosedRange<Double>]) -> PanelLayout {
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

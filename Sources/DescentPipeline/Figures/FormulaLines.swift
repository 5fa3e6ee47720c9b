import DescentLesson
import DescentNumerics
import DescentPlot

/// The formula box of a map: the update rule of each optimizer the map shows, as its catalog
/// entry writes it (`CatalogEntry.formula`), in lesson order. With several optimizers each line
/// carries the color of that optimizer's first run.
enum FormulaLines {
    /// Under `formula: auto`, the most optimizers a box lists; more would cover the map (the
    /// comparison lessons name their six in the legend).
    static let automaticLimit = 3

    /// The lines for `runs`, or none when `formula` is `none`, or `auto` with more than
    /// `automaticLimit` optimizers.
    static func lines(_ request: FigureRequest, runs: [RunResult], context: FigureContext) -> [FormulaLine] {
        guard let choice = request.text("formula"), choice != "none" else { return [] }
        var names: [String] = [], firstRun: [String: String] = [:]
        for run in runs {
            guard let plan = context.lesson.runs.first(where: { $0.id == run.id }) else { continue }
            let name = effectiveName(plan.optimizer)
            if firstRun[name] == nil {
                names.append(name)
                firstRun[name] = run.id
            }
        }
        if choice == "auto", names.count > automaticLimit { return [] }
        let colored = names.count > 1
        return names.compactMap { name in
            guard let formula = Optimizers.catalog.entry(named: name)?.formula, !formula.isEmpty else { return nil }
            return FormulaLine(markup: formula, color: colored ? firstRun[name].map { context.styles[$0].color } : nil)
        }
    }

    /// Where the box sits: `formula: top_left` and the other corners, else the emptiest corner.
    static func placement(_ request: FigureRequest) -> FormulaPlacement {
        request.text("formula").flatMap(FormulaPlacement.init(rawValue:)) ?? .automatic
    }

    /// The catalog name whose rule the run follows: `sgd` given `momentum: 0.9` steps as
    /// `momentum` (and as `nesterov` with `nesterov: true`).
    static func effectiveName(_ optimizer: CatalogChoice) -> String {
        guard optimizer.name == "sgd", case .number(let mu)? = optimizer.parameters["momentum"], mu > 0 else { return optimizer.name }
        return optimizer.parameters["nesterov"] == .boolean(true) ? "nesterov" : "momentum"
    }
}

import DescentLesson
import DescentNumerics

extension LessonSettings {
    /// The settings of `lesson` in the words of `strings`: the surface with its parameters and
    /// regularization, and per run its label, optimizer, base learning rate, schedule, the
    /// optimizer's parameters, its gradient noise (batch size, noise and seed where they matter; an
    /// ensemble's seeds as a range with their count), steps and start.
    /// The runs of one sweep share one row, its swept value written as a set
    /// (``SweepText``): `{0.005 … 0.5}, 12 values`. Cells are Pango markup.
    public init(lesson: Lesson, strings: PublishStrings) {
        var rows: [[String]] = []
        var index = lesson.runs.startIndex
        while index < lesson.runs.endIndex {
            let run = lesson.runs[index]
            guard let sweep = run.sweep else {
                rows.append(Self.row(run, strings: strings))
                index += 1
                continue
            }
            // One `runs:` entry's sweep: its members follow each other with indices 0, 1, 2, …
            // (two entries may share an id and a key, as two batch sizes sweeping lr do).
            var members = [run]
            for next in lesson.runs[(index + 1)...] {
                guard let member = next.sweep, member.group == sweep.group, member.key == sweep.key, member.index == members.count else { break }
                members.append(next)
            }
            rows.append(Self.row(members, strings: strings))
            index += members.count
        }
        self.init(surface: Markup.escaped(Self.surfaceText(lesson.surface)), rows: rows)
    }

    /// The row of one run.
    static func row(_ run: RunPlan, strings: PublishStrings) -> [String] {
        cells(run, strings: strings, without: nil).enumerated().map { $0 == 0 ? LessonMarkup($1).pango : Markup.escaped($1) }
    }

    /// The row of a sweep's runs: the cells they share, the swept key's values as a set, and the
    /// part of their labels they share.
    static func row(_ runs: [RunPlan], strings: PublishStrings) -> [String] {
        guard let first = runs.first, let key = first.sweep?.key, runs.count > 1 else { return runs.first.map { row($0, strings: strings) } ?? [] }
        let values = SweepText.values(runs.compactMap { $0.sweep.map { valueText($0.value) } }, strings: strings)
        let labels = runs.map { LessonMarkup($0.label.resolved(language: strings.language)).plain }
        var cells = cells(first, strings: strings, without: key).map(Markup.escaped)
        cells[Column.run] = Markup.escaped(SweepText.sharedLabel(labels))
        if key == "lr" {
            cells[Column.lr] = Markup.escaped(values)
        } else {
            let swept = "\(key) \u{2208} \(values)", column = noiseKeys.contains(key) ? Column.noise : Column.parameters
            cells[column] = Markup.escaped(cells[column] == "\u{2013}" ? swept : "\(cells[column]), \(swept)")
        }
        return cells
    }

    /// The index of each column in a row, in the order of ``PublishStrings/columns``.
    public enum Column {
        public static let run = 0, optimizer = 1, lr = 2, schedule = 3, parameters = 4, noise = 5, steps = 6, start = 7
    }

    /// The run keys written in the noise column rather than with the optimizer's parameters.
    static let noiseKeys: Set<String> = ["batch_size", "noise", "seed"]

    /// A run's cells as plain text, leaving parameter `key` out of the parameters.
    static func cells(_ run: RunPlan, strings: PublishStrings, without key: String?) -> [String] {
        let rate: String = switch run.learningRate {
        case .fixed(let value): NumberText.text(value)
        case .auto: strings.automaticRate
        }
        let parameters = Self.assignments(run.optimizer.parameters.filter { $0.key != key })
        var noise: [String] = []
        if let batch = run.batchSize, key != "batch_size" { noise.append("batch_size = \(batch)") }
        if run.noise != 0, key != "noise" { noise.append("noise = \(NumberText.text(run.noise))") }
        if run.noise != 0 || run.batchSize != nil, key != "seed" {
            // An ensemble names its seeds, so the bands its panels draw are explained.
            noise.append(run.seeds > 1 ? "seeds \(run.seed)…\(run.seed &+ UInt64(run.seeds - 1)) (\(run.seeds))" : "seed = \(run.seed)")
        }
        let schedule = ([run.schedule.name] + Self.assignments(run.schedule.parameters)).joined(separator: ", ")
        let steps = run.stepsPerEpoch == 1 ? "\(run.steps)" : "\(run.steps) (\(strings.perEpoch(run.stepsPerEpoch)))"
        let starts = run.starts.map { "(\(NumberText.text($0.x)), \(NumberText.text($0.y)))" }.joined(separator: " ")
        return [
            run.label.resolved(language: strings.language), run.optimizer.name, rate, schedule,
            parameters.isEmpty ? "\u{2013}" : parameters.joined(separator: ", "),
            noise.isEmpty ? "\u{2013}" : noise.joined(separator: ", "), steps, starts,
        ]
    }

    static func surfaceText(_ surface: SurfaceChoice) -> String {
        var text: String
        switch surface.source {
        case .named(let choice):
            let parameters = assignments(choice.parameters)
            text = parameters.isEmpty ? choice.name : "\(choice.name) (\(parameters.joined(separator: ", ")))"
        case .expression(let formula, let parameters):
            let constants = assignments(parameters)
            let shown = FormulaText.pretty(formula)
            text = constants.isEmpty ? "f(x, y) = \(shown)" : "f(x, y) = \(shown), \(constants.joined(separator: ", "))"
        }
        if surface.l1 != 0 { text += " + \(NumberText.text(surface.l1)) (|x| + |y|)" }
        if surface.l2 != 0 { text += " + \(NumberText.text(surface.l2)) (x\u{00B2} + y\u{00B2})" }
        return text
    }

    /// `key = value` for every parameter, sorted by key.
    static func assignments(_ parameters: [String: ParameterValue]) -> [String] {
        parameters.keys.sorted().compactMap { key in parameters[key].map { "\(key) = \(valueText($0))" } }
    }

    static func valueText(_ value: ParameterValue) -> String {
        switch value {
        case .number(let number): NumberText.text(number)
        case .boolean(let flag): String(flag)
        case .text(let text): text
        case .list(let items): "[" + items.map(valueText).joined(separator: ", ") + "]"
        }
    }
}

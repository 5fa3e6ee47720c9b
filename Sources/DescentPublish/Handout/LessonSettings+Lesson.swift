import DescentLesson
import DescentNumerics

extension LessonSettings {
    /// The settings of `lesson` in the words of `strings`: the surface with its parameters and
    /// regularization, and per run its label, optimizer, base learning rate, schedule, the
    /// optimizer's parameters (with batch size, noise and seed where they matter), steps and start.
    public init(lesson: Lesson, strings: PublishStrings) {
        self.init(
            surface: Self.surfaceText(lesson.surface),
            rows: lesson.runs.map { Self.row($0, strings: strings) }
        )
    }

    static func row(_ run: RunPlan, strings: PublishStrings) -> [String] {
        let rate: String = switch run.learningRate {
        case .fixed(let value): NumberText.text(value)
        case .auto: strings.automaticRate
        }
        var parameters = Self.assignments(run.optimizer.parameters)
        if let batch = run.batchSize { parameters.append("batch_size = \(batch)") }
        if run.noise != 0 { parameters.append("noise = \(NumberText.text(run.noise))") }
        if run.noise != 0 || run.batchSize != nil { parameters.append("seed = \(run.seed)") }
        let schedule = ([run.schedule.name] + Self.assignments(run.schedule.parameters)).joined(separator: ", ")
        let steps = run.stepsPerEpoch == 1 ? "\(run.steps)" : "\(run.steps) (\(strings.perEpoch(run.stepsPerEpoch)))"
        let starts = run.starts.map { "(\(NumberText.text($0.x)), \(NumberText.text($0.y)))" }.joined(separator: " ")
        return [
            run.label.resolved(language: strings.language), run.optimizer.name, rate, schedule,
            parameters.isEmpty ? "\u{2013}" : parameters.joined(separator: ", "), steps, starts,
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
            text = constants.isEmpty ? "f(x, y) = \(formula)" : "f(x, y) = \(formula), \(constants.joined(separator: ", "))"
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

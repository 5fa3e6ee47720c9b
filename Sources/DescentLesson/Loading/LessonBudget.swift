import DescentNumerics
import Foundation

/// The work a lesson asks for, estimated before any of it starts, and the limits that keep a
/// build within minutes and within ``Limits/memoryBytes`` of memory.
///
/// Each estimate is a product of the lesson's own numbers:
///
/// - optimizer steps: `Σ runs (starts × seeds × steps)` plus, for each `basins` figure,
///   `resolution² × Σ its runs' steps`;
/// - trajectory steps kept in memory: `Σ runs (starts × seeds × (steps + 1))`, 64 bytes each (point, loss,
///   gradient, rate and effective rate);
/// - sample evaluations of a data surface: `samples × optimizer steps` (each step's loss is taken
///   over every sample, whatever the batch size);
/// - pixels of a PNG: `(width × scale) × (height × scale)`, and each side at most 32767, the
///   largest image Cairo can create;
/// - panels of a `layout` once its list (and any YAML aliases in it) is expanded;
/// - frames of an `animation` (motion and final hold), at most `AnimationTiming.frameCap`;
/// - characters of one title, caption, label or note (Pango wraps a long unbroken line in
///   quadratic time).
///
/// A lesson beyond a limit gets an error at the key that drives the estimate, with the numbers and
/// what to lower.
public enum LessonBudget {
    /// The limits; `standard` is what `check` and `build` apply unless given `--no-limits`.
    public struct Limits: Sendable, Hashable {
        /// Optimizer steps over the whole lesson (figures' own runs included).
        public var optimizerSteps: Double
        /// Trajectory steps kept in memory.
        public var trajectorySteps: Double
        /// Per-sample loss and gradient evaluations of a data surface.
        public var sampleEvaluations: Double
        /// Pixels of one PNG image.
        public var pixels: Double
        /// Pixels along one side of an image (Cairo's own limit).
        public var side: Double
        /// Panels of one layout.
        public var panels: Int
        /// Characters of one text shown in a figure.
        public var textLength: Int

        /// Creates limits.
        public init(optimizerSteps: Double, trajectorySteps: Double, sampleEvaluations: Double, pixels: Double, side: Double, panels: Int, textLength: Int) {
            self.optimizerSteps = optimizerSteps
            self.trajectorySteps = trajectorySteps
            self.sampleEvaluations = sampleEvaluations
            self.pixels = pixels
            self.side = side
            self.panels = panels
            self.textLength = textLength
        }

        /// 2e9 optimizer steps, 1e7 trajectory steps (640 MB), 2e9 sample evaluations, 50
        /// megapixels (200 MB per image) with sides up to 32767, 64 panels, 2000 characters.
        public static let standard = Limits(
            optimizerSteps: 2e9, trajectorySteps: 1e7, sampleEvaluations: 2e9, pixels: 5e7, side: 32767, panels: 64, textLength: 2000)

        /// Bytes of one kept trajectory step: five values of 8 or 16 bytes.
        public static let bytesPerTrajectoryStep = 64.0
    }

    /// The lesson's problems with the limits, located in `source`; empty when it is within them.
    ///
    /// - Parameters:
    ///   - scale: the PNG scale the build will use (`--scale`), or nil for the lesson's own.
    ///   - formats: the formats the build will write, or nil for the lesson's own.
    public static func problems(
        _ lesson: Lesson, source: LessonSource, limits: Limits = .standard, catalogs: LessonCatalogs = .standard,
        scale: Double? = nil, formats: [OutputSettings.Format]? = nil
    ) -> [Diagnostic] {
        var problems: [Diagnostic] = []

        // Runs: optimizer steps and the trajectories kept.
        // A `compare` figure runs its runs once more on each surface it names, from one start.
        var comparedSteps = 0.0, comparedKept = 0.0
        for figure in lesson.figures where figure.kind == .compare {
            let surfaces = Double(Self.count(figure.option("surfaces")))
            comparedSteps += lesson.runs(for: figure).reduce(0.0) { $0 + surfaces * Double($1.steps) }
            comparedKept += lesson.runs(for: figure).reduce(0.0) { $0 + surfaces * Double($1.steps + 1) }
        }
        let runSteps = lesson.runs.reduce(0.0) { $0 + Double($1.starts.count * $1.seeds) * Double($1.steps) } + comparedSteps
        let kept = lesson.runs.reduce(0.0) { $0 + Double($1.starts.count * $1.seeds) * Double($1.steps + 1) } + comparedKept
        let stepsPath = Self.stepsPath(source)
        let compared = comparedKept > 0 ? " (and again on each surface of the compare figures)" : ""
        // A network step also keeps its parameters: 8 bytes each, 1/8 of a step's 64 bytes.
        let parameters = networkParameterCount(lesson, catalogs: catalogs)
        let stepWeight = 1 + Double(parameters) / 8
        let weighed = parameters > 0 ? " × \(number(stepWeight)) (each step keeps the network's \(parameters) parameters)" : ""
        if kept * stepWeight > limits.trajectorySteps {
            let megabytes = limits.trajectorySteps * Limits.bytesPerTrajectoryStep / 1e6
            problems.append(source.diagnostic(stepsPath,
                "\(lesson.runs.count) runs × \(Self.describeSteps(lesson.runs))\(compared)\(weighed) = \(number(kept * stepWeight)) trajectory steps to keep; the limit is \(number(limits.trajectorySteps)) (\(Int(megabytes)) MB); lower `steps`, `seeds` or the number of runs, \(limitsHint)"))
        }

        // Basins: resolution² runs of each shown run.
        var total = runSteps
        var largestBasins: (steps: Double, index: Int, resolution: Int, runSteps: Int)?
        for (index, figure) in lesson.figures.enumerated() where figure.kind == .basins {
            let resolution = Self.integer(figure.option("resolution")) ?? 60
            let shown = lesson.runs(for: figure)
            let steps = shown.reduce(0.0) { $0 + Double(resolution * resolution) * Double($1.steps) }
            total += steps
            if steps > (largestBasins?.steps ?? 0) {
                largestBasins = (steps, index, resolution, shown.map(\.steps).max() ?? 0)
            }
        }
        if total > limits.optimizerSteps {
            if let basins = largestBasins, basins.steps >= runSteps {
                let path: [LessonSource.Step] = ["figures", .index(basins.index), "resolution"]
                let at = source.contains(path) ? path : ["figures", .index(basins.index)]
                problems.append(source.diagnostic(at,
                    "basins resolution \(basins.resolution) × \(basins.resolution) × \(basins.runSteps) steps = \(number(basins.steps)) optimizer steps (\(number(total)) in the lesson); the limit is \(number(limits.optimizerSteps)); lower `steps` or `resolution`, \(limitsHint)"))
            } else {
                problems.append(source.diagnostic(stepsPath,
                    "\(lesson.runs.count) runs × \(Self.describeSteps(lesson.runs))\(compared) = \(number(total)) optimizer steps; the limit is \(number(limits.optimizerSteps)); lower `steps`, `seeds` or the number of runs, \(limitsHint)"))
            }
        }

        // Data surfaces: every step's loss is taken over every sample. A network's sample costs
        // as much as its parameters / 2 two-parameter samples, and its maps sample the plane.
        if let samples = dataSamples(lesson, catalogs: catalogs) {
            let weight = networkWeight(lesson, catalogs: catalogs)
            let mapEvaluations = weight > 1 ? lesson.figures.reduce(0.0) { sum, figure in
                let given = Self.integer(figure.options["resolution"])
                let resolution = Double(given ?? (figure.option("resolution") == nil ? 0 : NetworkSurface.mapResolution))
                return sum + resolution * resolution
            } : 0
            let evaluations = Double(samples) * (total + mapEvaluations) * weight
            if evaluations > limits.sampleEvaluations {
                let path: [LessonSource.Step] = ["surface", "samples"]
                problems.append(source.diagnostic(source.contains(path) ? path : ["surface"],
                    "\(samples) samples × \(weight > 1 ? "(\(number(total)) optimizer steps + \(number(mapEvaluations)) map points) × \(number(weight)) (half the network's parameters)" : "\(number(total)) optimizer steps") = \(number(evaluations)) sample evaluations; the limit is \(number(limits.sampleEvaluations)); lower `samples`, `steps` or the number of runs, \(limitsHint)"))
            }
        }

        // Images.
        if (formats ?? lesson.output.formats).contains(.png) {
            let size = lesson.output.size.points
            let pngScale = scale ?? lesson.output.scale
            let width = (size.width * pngScale).rounded(.up), height = (size.height * pngScale).rounded(.up)
            let path: [LessonSource.Step] = source.contains(["output", "size"]) ? ["output", "size"] : (source.contains(["output", "scale"]) ? ["output", "scale"] : ["output"])
            let dimensions = "\(number(size.width)) × \(number(size.height)) pt at scale \(number(pngScale)) is \(number(width)) × \(number(height)) pixels"
            if max(width, height) > limits.side {
                problems.append(source.diagnostic(path, "\(dimensions); Cairo cannot create an image wider or taller than \(number(limits.side)) pixels; lower `size` or `scale`"))
            } else if width * height > limits.pixels {
                problems.append(source.diagnostic(path, "\(dimensions) = \(number(width * height)) pixels; the limit is \(number(limits.pixels)); lower `size` or `scale`, \(limitsHint)"))
            }
        }

        // Animations: frames of motion and hold (pauses come on top, at most one per event).
        for (index, figure) in lesson.figures.enumerated() where figure.kind.animatesFigure {
            let timing = AnimationTiming(figure)
            let steps = lesson.runs(for: figure).map(\.steps).max() ?? 0
            let frames = timing.frameCount(steps: steps)
            guard frames > AnimationTiming.frameCap else { continue }
            let key = ["steps_per_frame", "duration", "fps", "hold"].first { source.contains(["figures", .index(index), .key($0)]) }
            let path: [LessonSource.Step] = key.map { ["figures", .index(index), .key($0)] } ?? ["figures", .index(index)]
            problems.append(source.diagnostic(path,
                "this animation has \(number(Double(frames))) frames (\(steps) steps at \(timing.fps) frames per second); the limit is \(AnimationTiming.frameCap) frames; raise `steps_per_frame` or lower `duration`, `fps` or `hold`"))
        }

        // Layouts and texts.
        for (index, figure) in lesson.figures.enumerated() {
            if let panels = figure.panels?.figureNames.count, panels > limits.panels {
                problems.append(source.diagnostic(["figures", .index(index), "panels"],
                    "this layout has \(panels) panels once its lists are expanded; the limit is \(limits.panels); split it into several layouts, \(limitsHint)"))
            }
            for (key, text) in [("title", figure.title), ("caption", figure.caption)] {
                if let text { problems += Self.textProblems(text, at: ["figures", .index(index), .key(key)], source: source, limits: limits) }
            }
            for (note, annotation) in figure.annotations.enumerated() {
                problems += Self.textProblems(annotation.text, at: ["figures", .index(index), "annotations", .index(note), "text"], source: source, limits: limits)
            }
        }
        problems += Self.textProblems(lesson.title, at: ["title"], source: source, limits: limits)
        if let goal = lesson.goal { problems += Self.textProblems(goal, at: ["goal"], source: source, limits: limits) }
        var labelled = Set<String>()
        for run in lesson.runs where labelled.insert(run.label.description).inserted {
            problems += Self.textProblems(run.label, at: ["runs"], source: source, limits: limits)
        }
        return problems.sorted()
    }

    /// How many two-parameter samples one sample of the lesson's surface costs: half a
    /// network's parameter count, 1 for other surfaces.
    static func networkWeight(_ lesson: Lesson, catalogs: LessonCatalogs) -> Double {
        max(1, Double(networkParameterCount(lesson, catalogs: catalogs)) / 2)
    }

    /// The parameter count of the lesson's network surface, 0 for other surfaces.
    static func networkParameterCount(_ lesson: Lesson, catalogs: LessonCatalogs) -> Int {
        let choice = lesson.surface.catalogChoice
        guard choice.name == "network" || choice.name == "mlp",
              let network = try? catalogs.surfaces.build(choice.name, choice.parameters) as? NetworkSurface else { return 0 }
        return network.problem.network.parameterCount
    }

    /// The sample count of a data surface (one whose catalog entry takes `samples`), else nil.
    static func dataSamples(_ lesson: Lesson, catalogs: LessonCatalogs) -> Int? {
        guard case .named(let choice) = lesson.surface.source,
              let spec = catalogs.surfaces.entry(named: choice.name)?.parameters.first(where: { $0.name == "samples" })
        else { return nil }
        return integer(choice.parameters["samples"] ?? spec.defaultValue)
    }

    private static func textProblems(_ text: LocalizedText, at path: [LessonSource.Step], source: LessonSource, limits: Limits) -> [Diagnostic] {
        guard let longest = text.translations.values.map(\.count).max(), longest > limits.textLength else { return [] }
        return [source.diagnostic(path, "this text is \(longest) characters long; the limit is \(limits.textLength); shorten it, \(limitsHint)")]
    }

    private static let limitsHint = "or pass --no-limits"

    /// Where the steps are set: the `steps` of the run that sets the most, else the lesson's own
    /// `steps`, else `runs`.
    private static func stepsPath(_ source: LessonSource) -> [LessonSource.Step] {
        var best: (steps: Double, index: Int)?
        for index in 0..<(source.count(["runs"]) ?? 0) {
            if let steps = source.number(["runs", .index(index), "steps"]), steps > (best?.steps ?? 0) { best = (steps, index) }
        }
        let lessonSteps = source.number(["steps"]) ?? 0
        if let best, best.steps >= lessonSteps { return ["runs", .index(best.index), "steps"] }
        return source.contains(["steps"]) ? ["steps"] : ["runs"]
    }

    /// `100000 steps`, or `up to 100000 steps` when the runs differ, with the starts and seeds
    /// when any run has several.
    private static func describeSteps(_ runs: [RunPlan]) -> String {
        let steps = Set(runs.map(\.steps)), starts = runs.map(\.starts.count).max() ?? 1, seeds = runs.map(\.seeds).max() ?? 1
        let most = steps.max() ?? 0
        var text = steps.count == 1 ? "\(most) steps" : "up to \(most) steps"
        if seeds > 1 { text = "up to \(seeds) seeds × " + text }
        return starts > 1 ? "up to \(starts) starts × \(text)" : text
    }

    /// How many values a list option holds (1 for a single value, 0 for none).
    private static func count(_ value: ParameterValue?) -> Int {
        switch value {
        case .list(let items)?: return items.count
        case nil: return 0
        default: return 1
        }
    }

    private static func integer(_ value: ParameterValue?) -> Int? {
        guard case .number(let v)? = value, v.isFinite, v >= 0, v <= 1e15 else { return nil }
        return Int(v)
    }

    /// `1.6e10` for large numbers, plain digits below a million.
    static func number(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e6 { return String(Int(value)) }
        guard value.isFinite else { return "\(value)" }
        let exponent = Int(log10(abs(value)).rounded(.down))
        let mantissa = value / pow(10, Double(exponent))
        let rounded = (mantissa * 10).rounded() / 10
        let digits = rounded.rounded() == rounded ? String(Int(rounded)) : String(rounded)
        return "\(digits)e\(exponent)"
    }
}

import DescentNumerics

/// The keys of each map in a lesson file, each described once: what it holds, its default, and
/// for plain numbers a parameter spec (type, range, default).
///
/// The loader rejects keys that are not listed here (and suggests the closest) and checks numbers
/// against their spec; the schema generator describes the same keys with the same ranges and
/// defaults, and `LessonReference` makes the key tables of `Lessons/README.md` from them, so the
/// four cannot drift apart.
enum LessonFields {
    /// A key, what it means and its default.
    struct Field {
        /// The key.
        let name: String
        /// What the value is, in a line (Markdown): the schema's description and the README's
        /// "value" column.
        let summary: String
        /// The default in words, or nil when there is none (or the key is required).
        let defaultText: String?
        /// For a plain number: its type, range and default, which the reader and schema use.
        let spec: ParameterSpec?
        /// The default the schema states: the spec's, unless this key defaults to another's.
        let defaultValue: ParameterValue?

        /// A key whose value the reader checks itself.
        init(_ name: String, _ summary: String, default defaultText: String? = nil) {
            self.name = name
            self.summary = summary
            self.defaultText = defaultText
            spec = nil
            defaultValue = nil
        }

        /// A plain number described by `spec`; the default is the spec's unless `defaultText` says
        /// otherwise (a run's `steps` defaults to the lesson's).
        init(_ spec: ParameterSpec, default defaultText: String? = nil) {
            name = spec.name
            summary = spec.summary
            self.defaultText = defaultText ?? spec.defaultValue.map { "`\(LessonReference.lessonText($0))`" }
            self.spec = spec
            defaultValue = defaultText == nil ? spec.defaultValue : nil
        }
    }

    // MARK: Numbers

    static let steps = ParameterSpec("steps", .integer, range: 1...100_000, default: .number(100), summary: "optimizer steps per run")
    static let stepsPerEpoch = ParameterSpec("steps_per_epoch", .integer, range: 1...100_000, default: .number(1), summary: "optimizer steps per epoch; schedules advance once per epoch")
    static let seed = ParameterSpec("seed", .integer, range: 0...Double(1 << 53), default: .number(0), summary: "seed of gradient noise and mini-batches")
    static let seeds = ParameterSpec("seeds", .integer, range: 1...1000, default: .number(1), summary: "runs of a seed ensemble, with seeds `seed`, `seed + 1`, ..., `seed + N - 1`; loss and distance panels draw their median and 10-90 % band, maps the median run (see *Seed ensembles*)")
    static let batchSize = ParameterSpec("batch_size", .integer, range: 1...1_000_000, summary: "mini-batch size")
    static let scale = ParameterSpec("scale", .number, range: 0.25...8, default: .number(OutputSettings().scale), summary: "PNG pixels per point (a slide, 800 x 450 pt, at scale 2 is 1600 x 900 px)")
    static let points = ParameterSpec("points", .integer, range: 2...100, default: .number(Double(LearningRateSearch().points)), summary: "rates tried, log-spaced")
    static let width = ParameterSpec("width", .number, range: 50...10_000, summary: "width in points")
    static let height = ParameterSpec("height", .number, range: 50...10_000, summary: "height in points")

    // MARK: Maps

    static let lesson: [Field] = [
        Field("title", "the lesson's title: text, or a map from language code to text (see *Text*)", default: "required"),
        Field("goal", "text: what the student should see, in a sentence or two"),
        Field("surface", "a catalog surface name, or a map with `name` (and its parameters) or `expression` (see *Surface*)", default: "required"),
        Field("domain", "`{x: [min, max], y: [min, max]}`, the rectangle figures show", default: "the surface's"),
        Field("start", "a start point `[x, y]` or a list of them `[[x, y], [x, y]]`", default: "the surface's"),
        Field(steps),
        Field(stepsPerEpoch),
        Field(seed),
        Field(seeds),
        Field(batchSize, default: "the full batch"),
        Field("schedule", "learning-rate schedule of every run: a name or `{name: ..., parameters...}` (see *Schedule*)", default: "`constant`"),
        Field("runs", "the optimizer runs (see *Runs*)", default: "required"),
        Field("figures", "the figures (see *Figures*)", default: "a contour, lr and loss figure and an `overview` layout of them"),
        Field("output", "formats, size, scale, theme and language of the figures (see *Output*)", default: "PNG slide, scale 2, light, English"),
        Field("export", "`csv` or `[csv]`: one data file per run beside the figures"),
        Field("claims", "what the figures show, as checks `descent check` and `descent build` evaluate on the runs (see *Claims*)"),
        Field("controls", "values `descent serve` lets the lecturer change live: sliders and a start point picked by click (see *Controls*)"),
    ]

    static let surface: [Field] = [
        Field("name", "A surface from the catalog (`descent list`)"),
        Field("expression", "A formula in x and y instead of a name, e.g. \"x^2 + 10*y^2\""),
        Field("parameters", "Constants the expression uses, {a: 1}"),
        Field("l1", "L1 regularization strength: adds l1*(|x| + |y|)"),
        Field("l2", "L2 regularization strength: adds l2*(x^2 + y^2)"),
        Field("noise", "Standard deviation of Gaussian gradient noise of every run (divided by sqrt(batch_size))"),
    ]

    static let domain: [Field] = [
        Field("x", "[min, max] of the horizontal axis"),
        Field("y", "[min, max] of the vertical axis"),
    ]

    static let run: [Field] = [
        Field("optimizer", "a catalog optimizer; its parameters go beside it, with PyTorch's names", default: "required"),
        Field("id", "a stable name for files, CSV columns and `runs:` lists of figures; letters, digits, `.`, `_`, `-`", default: "the optimizer's name"),
        Field("label", "text for the legend", default: "the optimizer's name (and the swept value)"),
        Field("lr", "the learning rate: a positive number, a list of numbers (a sweep), or `auto`", default: "required"),
        Field("lr_auto", "how `lr: auto` searches: `{min, max, points, criterion}`"),
        Field("start", "this run's start point(s)", default: "the lesson's"),
        Field(steps, default: "the lesson's"),
        Field(stepsPerEpoch, default: "the lesson's"),
        Field(seed, default: "the lesson's"),
        Field(seeds, default: "the lesson's"),
        Field(batchSize, default: "the lesson's"),
        Field("noise", "this run's gradient noise (standard deviation)", default: "the surface's `noise`"),
        Field("schedule", "this run's learning-rate schedule", default: "the lesson's"),
        Field("color", "`\"#RRGGBB\"`, **quoted** (a bare `#` starts a YAML comment)", default: "the theme's next color"),
    ]

    /// Run keys that may be swept besides `lr` and the optimizer's parameters.
    static let sweepableRunKeys = ["batch_size", "seed", "noise"]

    static let learningRateSearch: [Field] = [
        Field("min", "Smallest rate tried; default 1e-4"),
        Field("max", "Largest rate tried; default 1"),
        Field(points),
        Field("criterion", "final (lowest final loss) or best (lowest loss at any step); default final"),
    ]

    static let figure: [Field] = [
        Field("kind", "What to draw"),
        Field("name", "Unique name, used for the file; default the kind"),
        Field("title", "Heading over the figure"),
        Field("caption", "What to look at"),
        Field("runs", "Ids of the runs shown (a sweep's id shows all of it); default all"),
        Field("annotations", "Notes with arrows at data coordinates: [{text: ..., at: [x, y], text_at: [x, y]}]"),
        Field("write", "Write the figure's own files (default true); false draws it only as a panel of the layouts that show it"),
    ]

    static let annotation: [Field] = [
        Field("text", "The note (a string or {en: ..., ko: ...})"),
        Field("at", "The point the arrow points at, [x, y] in data coordinates"),
        Field("text_at", "Where the text sits, [x, y]; default beside the point, with no arrow"),
    ]

    static let layout: [Field] = [
        Field("panels", "Figure names: the outer list is a row, a list inside it a column, and so on"),
    ]

    /// The default `within` of a `reaches` claim.
    static let reachesWithin = 0.01

    static let claim: [Field] = [
        Field("run", "the id of the run the claim is about"),
        Field("runs", "`[A, B]`: the two runs a comparison compares (A's quantity against B's)"),
        Field("ensemble", "the id of a run with `seeds`: the claim counts the members that end in `fraction_in`, or of which its claims about one run hold, and bounds their fraction with `above` or `below`"),
        Field("diverges", "`true`: the run diverges (the engine stops it); `false`: it never does"),
        Field("diverges_before", "a step N: the run diverges at a step before N"),
        Field("final_loss_below", "a number: the run does not diverge and its last loss is below it"),
        Field("final_loss_above", "a number: the run diverges or its last loss is above it"),
        Field("final_distance_below", "a distance: the run does not diverge and ends that close to a known minimum of the surface"),
        Field("average_distance_below", "a distance: the run does not diverge and its averaged iterate (ASGD's `ax`) ends that close to a known minimum"),
        Field("ends_near", "a point `[x, y]`: the run does not diverge and ends within `within` of it"),
        Field("reaches", "`global`, or a known minimum `[x, y]`: the minimum nearest the run's end, within `within` of it"),
        Field("within", "the distance of `ends_near` (required there) and `reaches`", default: "`0.01` for `reaches`"),
        Field("smaller", "with `runs`: a quantity (`final_loss`, `final_distance`, `max_abs_x`, `max_abs_y`, `max_loss`, `reversals_x`, `reversals_y`: how often the step's x or y component reverses) that is smaller for A than for B"),
        Field("larger", "with `runs`: a quantity that is larger for A than for B"),
        Field("after", "with `smaller`/`larger` of `max_abs_x`/`max_abs_y`/`max_loss`/`reversals_x`/`reversals_y`: count only the points from this step on", default: "`0`"),
        Field("fraction_in", "with `ensemble`: where members end, `global`, `local`, a known minimum `[x, y]` or `diverged`; the fraction of members ending there is bounded by `above` or `below`"),
        Field("above", "with `ensemble`: the fraction of members is greater than this number in 0...1"),
        Field("below", "with `ensemble`: the fraction of members is less than this number in 0...1"),
    ]

    static let control: [Field] = [
        Field("set", "what the control changes: `runs.<id>.<key>` (`lr`, `steps`, `seed`, `start` or an optimizer parameter; `.0` picks an item of a list, `runs.adam.betas.0`), `runs.<id>.schedule.<key>`, or the lesson's `steps`, `seed`, `start`, `schedule.<key>`", default: "required"),
        Field("min", "a slider's smallest value, within the key's own range", default: "required for a slider"),
        Field("max", "a slider's largest value", default: "required for a slider"),
        Field("scale", "`linear` or `log` (equal steps in the logarithm, for rates)", default: "`linear`"),
        Field("step", "a slider's step", default: "`1` for whole numbers, else continuous"),
        Field("by", "`click`: the start point is picked on the map (`set: start` or `runs.<id>.start`)"),
        Field("label", "the control's name on the page", default: "the `set` path"),
    ]

    static let output: [Field] = [
        Field("formats", "`png`, `svg`, `pdf`, and for animation figures `mp4`, `gif`, `pdf-frames`; one or a list", default: "`png` (and `mp4` for animations)"),
        Field("size", "`slide` (800 x 450 pt), `handout` (640 x 480), `square` (600 x 600), or `{width, height}` in points", default: "`slide`"),
        Field(scale),
        Field("theme", "`light`, `dark` (slides) or `print` (grayscale-friendly dashes and markers)", default: "`light`"),
        Field("language", "language code of the texts shown, such as `en` or `ko`", default: "`en`"),
    ]

    static let pageSize: [Field] = [
        Field(width),
        Field(height),
    ]

    /// The names of `fields`.
    static func names(_ fields: [Field]) -> [String] { fields.map(\.name) }

    /// The whole-number default of `spec` (the reader's starting value), or 0 when it has none.
    static func integerDefault(_ spec: ParameterSpec) -> Int {
        if case .number(let value)? = spec.defaultValue { return Int(value) }
        return 0
    }
}

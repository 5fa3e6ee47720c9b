/// The keys of each map in a lesson file, with one line on each.
///
/// The loader rejects keys that are not listed here (and suggests the closest); the schema
/// generator describes the same keys, so the two cannot drift apart.
enum LessonFields {
    /// A key and what it means.
    struct Field {
        let name: String
        let summary: String
        init(_ name: String, _ summary: String) {
            self.name = name
            self.summary = summary
        }
    }

    static let lesson: [Field] = [
        Field("title", "The lesson's title: text, or a map from language code to text"),
        Field("goal", "What the student should see, in a sentence or two"),
        Field("surface", "A catalog surface name, or a map with `name` (and its parameters) or `expression`"),
        Field("domain", "The rectangle figures show, {x: [min, max], y: [min, max]}; default the surface's"),
        Field("start", "A start point [x, y] or a list of them; default the surface's"),
        Field("steps", "Optimizer steps per run (1...100000); default 100"),
        Field("steps_per_epoch", "Optimizer steps per epoch; schedules advance once per epoch; default 1"),
        Field("seed", "Seed of gradient noise and mini-batches; default 0"),
        Field("batch_size", "Mini-batch size; default the full batch"),
        Field("schedule", "Learning-rate schedule of every run: a name or {name: ..., parameters...}; default constant"),
        Field("runs", "The optimizer runs"),
        Field("figures", "The figures; default a contour, lr and loss figure and an `overview` layout of them"),
        Field("output", "Formats, size, scale, theme and language of the figures"),
        Field("export", "Data files written beside the figures: csv"),
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
        Field("optimizer", "An optimizer from the catalog; its parameters go beside it"),
        Field("id", "A stable name for files and `runs:` lists; default the optimizer's name"),
        Field("label", "Legend text; default the optimizer's name (and the swept value)"),
        Field("lr", "Learning rate: a number, a list of numbers (a sweep), or auto"),
        Field("lr_auto", "The search of lr: auto, {min, max, points, criterion}"),
        Field("start", "Start point(s) of this run"),
        Field("steps", "Optimizer steps of this run"),
        Field("steps_per_epoch", "Steps per epoch of this run"),
        Field("seed", "Seed of this run"),
        Field("batch_size", "Mini-batch size of this run"),
        Field("noise", "Gradient noise of this run"),
        Field("schedule", "Learning-rate schedule of this run"),
        Field("color", "Color of this run, \"#RRGGBB\"; default the theme's next color"),
    ]

    /// Run keys that may be swept besides `lr` and the optimizer's parameters.
    static let sweepableRunKeys = ["batch_size", "seed", "noise"]

    static let learningRateSearch: [Field] = [
        Field("min", "Smallest rate tried; default 1e-4"),
        Field("max", "Largest rate tried; default 1"),
        Field("points", "Rates tried, log-spaced (2...100); default 13"),
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

    static let output: [Field] = [
        Field("formats", "png, svg, pdf, or a list of them; default png"),
        Field("size", "slide (800x450 pt), handout (640x480), square (600x600) or {width, height} in points"),
        Field("scale", "PNG pixels per point (0.25...8); default 2"),
        Field("theme", "light, dark or print; default light"),
        Field("language", "Language of the texts, such as en or ko; default en"),
    ]

    static let pageSize: [Field] = [
        Field("width", "Width in points"),
        Field("height", "Height in points"),
    ]

    /// The names of `fields`.
    static func names(_ fields: [Field]) -> [String] { fields.map(\.name) }
}

import DescentNumerics

/// What a lesson can ask a figure to draw: one entry of the figure-kind catalog (`FigureKinds`).
///
/// A kind is a record, like an optimizer's catalog entry: its name, one line on what it draws, its
/// options as parameter specs (type, range, default: the one place a default is stated), how much
/// room it takes in a layout, and the builder that draws it. The loader, the JSON Schema,
/// `descent list` and the option tables of `Lessons/README.md` all read these records.
///
/// The builders live in `DescentPipeline` (this module knows nothing of drawing) and are looked up
/// by `builder`, the name of the kind whose drawing this one uses. A kind that reuses an existing
/// drawing with other options or defaults is therefore one record and one line in
/// `FigureKinds.catalog`:
///
/// ```swift
/// extension FigureKind {
///     static let gradientMap = FigureKind(
///         name: "gradient-map", summary: "contour map with the field of -grad f",
///         options: FigureKind.contour.options.map { $0.name == "gradient_field" ? $0.withDefault(.boolean(true)) : $0 },
///         layoutWeight: 1.25, builder: FigureKind.contour.name
///     )
/// }
/// ```
public struct FigureKind: Sendable, Hashable {
    /// The name a lesson writes after `kind:` (`contour`, `lr-sweep`).
    public var name: String
    /// What it draws, for `descent list`, the schema and the documentation.
    public var summary: String
    /// The options it takes besides the common keys of every figure (`kind`, `name`, `title`,
    /// `caption`, `runs`, `annotations`, `write`), checked like an optimizer's parameters.
    public var options: [ParameterSpec]
    /// Its share of a row's width when a layout shows it beside other figures: maps 1.25, curves 1,
    /// so a map beside two stacked curves stays close to square.
    public var layoutWeight: Double
    /// The name of the kind whose builder draws it: its own name, unless it reuses another's drawing.
    public var builder: String

    /// Creates a figure kind; `builder` defaults to the kind's own name.
    public init(name: String, summary: String, options: [ParameterSpec], layoutWeight: Double = 1, builder: String? = nil) {
        self.name = name
        self.summary = summary
        self.options = options
        self.layoutWeight = layoutWeight
        self.builder = builder ?? name
    }

    /// The option called `key`, if this kind takes it.
    public func option(_ key: String) -> ParameterSpec? { options.first { $0.name == key } }

    /// True for `layout`, the kind that arranges other figures (`panels`) instead of drawing one.
    public var arrangesFigures: Bool { name == FigureKind.layout.name }

    /// True for `animation`, the kind that sets another figure in motion (`of`).
    public var animatesFigure: Bool { name == FigureKind.animation.name }

    /// True for the kinds that draw the surface as a map the runs move over (contour, heatmap,
    /// surface3d, and kinds reusing their drawing): the figures an animation can set in motion.
    public var drawsMap: Bool {
        [FigureKind.contour.name, FigureKind.heatmap.name, FigureKind.surface3d.name].contains(builder)
    }

    /// This kind as a catalog entry, so that names and options are looked up, suggested ("did you
    /// mean") and checked by the same `Catalog` as optimizers; the entry's product is the kind.
    public var catalogEntry: CatalogEntry<FigureKind> {
        let kind = self
        return CatalogEntry(name: name, summary: summary, parameters: options) { _ in kind }
    }
}

extension Catalog where Product == FigureKind {
    /// Every kind, in catalog order.
    public var kinds: [FigureKind] { entries.compactMap { try? $0.make(ParameterReader(values: [:])) } }

    /// The kind called `name` (in any spelling the catalog accepts), or nil.
    public func kind(named name: String) -> FigureKind? {
        entry(named: name).flatMap { try? $0.make(ParameterReader(values: [:])) }
    }
}

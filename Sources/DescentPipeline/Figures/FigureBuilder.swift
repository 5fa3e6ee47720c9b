import DescentLesson

/// How one figure kind is drawn: the panels and legend of a request, from the lesson's context.
///
/// The kinds themselves (names, options, defaults) are described in `DescentLesson`'s
/// `FigureKinds.catalog`, which knows nothing of drawing; each kind names its builder
/// (`FigureKind.builder`), and `FigureBuilders` holds one builder per name.
struct FigureBuilder: Sendable {
    /// The name kinds use to ask for this builder (`FigureKind.builder`).
    let name: String
    /// Builds the content of one request (annotations are added by the assembler).
    let build: @Sendable (FigureRequest, FigureContext) -> FigureContent

    /// Creates the builder of the kind called `name`.
    init(_ name: String, build: @escaping @Sendable (FigureRequest, FigureContext) -> FigureContent) {
        self.name = name
        self.build = build
    }
}

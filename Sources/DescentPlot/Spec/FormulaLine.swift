import DescentScene

/// One line of a map's formula box: an update rule in Pango markup
/// (`x<sub>t+1</sub> = x<sub>t</sub> − η∇f(x<sub>t</sub>)`), with the color of the runs it belongs to.
public struct FormulaLine: Sendable, Hashable {
    /// The text, Pango markup.
    public var markup: String
    /// The swatch color drawn before the text, or nil for none (a lesson with one optimizer).
    public var color: Color?

    /// Creates a formula line.
    public init(markup: String, color: Color? = nil) {
        self.markup = markup
        self.color = color
    }
}

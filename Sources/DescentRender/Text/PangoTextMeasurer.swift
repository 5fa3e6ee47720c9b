import DescentScene

/// Measures text with Pango exactly as ``ScenePainter`` lays it out.
///
/// Results are cached per (text, markup, font), so repeated tick labels cost one dictionary lookup.
/// A measurer and a painter built from it share one Pango context; hand the same measurer to
/// layout and to ``ScenePainter/init(measurer:)``. Not Sendable: use one per task.
public struct PangoTextMeasurer: TextMeasuring {
    let engine: PangoTextEngine

    /// A measurer with its own Pango font map.
    public init() {
        engine = PangoTextEngine()
    }

    /// The logical extent of `text` in points: advance width, line height and the baseline's
    /// distance from the top of the line box. Markup that does not parse is measured as plain text.
    public func measure(_ text: String, markup: Bool, style: TextStyle) -> TextExtent {
        engine.metrics(text, markup: markup, style: style).extent
    }

    /// The logical extent of `text` wrapped at `wrapWidth` points exactly as the painter wraps it:
    /// the widest line, the height of all lines and the first baseline below the top.
    public func measure(_ text: String, markup: Bool, style: TextStyle, wrapWidth: Double?) -> TextExtent {
        engine.metrics(text, markup: markup, style: style, wrapWidth: wrapWidth).extent
    }
}

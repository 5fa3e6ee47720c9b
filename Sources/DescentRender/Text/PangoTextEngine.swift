import CDescentCairo
import CDescentPango
import DescentScene

/// One Pango font map, context and reusable layout shared by measuring and painting, so that text
/// is measured exactly as it is drawn.
///
/// The context is fixed to device-independent metrics: resolution 72 dpi (1 pt = 1 unit), an
/// identity matrix, no hinting, no hinted metrics and unrounded glyph positions. Layout metrics
/// are therefore the same whatever the target surface and scale; Cairo still renders the glyph
/// outlines at the target's resolution. Not Sendable: Pango font maps are not thread-safe, so each
/// task makes its own engine.
final class PangoTextEngine {
    private let fontMap: UnsafeMutablePointer<PangoFontMap>
    private let context: OpaquePointer
    /// The layout every call reuses; ``prepare(_:markup:font:)`` loads text into it.
    let layout: OpaquePointer
    private var fonts: [FontKey: OpaquePointer] = [:]
    private var currentFont: FontKey?
    private var currentParagraph = ParagraphKey.singleLine
    private var measured: [MeasureKey: TextMetrics] = [:]

    /// The most measurements kept before the cache starts over.
    private static let cacheLimit = 8192

    private struct MeasureKey: Hashable {
        var text: String
        var markup: Bool
        var font: FontKey
        var wrapWidth: Double?
    }

    init() {
        fontMap = pango_cairo_font_map_new()
        context = pango_font_map_create_context(fontMap)
        pango_cairo_context_set_resolution(context, 72)
        pango_context_set_round_glyph_positions(context, 0)
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
        pango_cairo_context_set_font_options(context, options)
        cairo_font_options_destroy(options)
        layout = pango_layout_new(context)
    }

    deinit {
        for description in fonts.values { pango_font_description_free(description) }
        g_object_unref(UnsafeMutableRawPointer(layout))
        g_object_unref(UnsafeMutableRawPointer(context))
        g_object_unref(UnsafeMutableRawPointer(fontMap))
    }

    /// The metrics of `text` in `style`, wrapped at `wrapWidth` when given, from the cache when it
    /// was measured before.
    func metrics(_ text: String, markup: Bool, style: TextStyle, wrapWidth: Double? = nil) -> TextMetrics {
        let paragraph = ParagraphKey(wrapWidth: wrapWidth, alignment: .leading)
        let key = MeasureKey(text: text, markup: markup, font: FontKey(style), wrapWidth: paragraph.wrapWidth)
        if let known = measured[key] { return known }
        let metrics = prepare(text, markup: markup, font: key.font, paragraph: paragraph)
        if measured.count >= Self.cacheLimit { measured.removeAll(keepingCapacity: true) }
        measured[key] = metrics
        return metrics
    }

    /// Loads `text` into ``layout`` in the given font and paragraph settings and returns its metrics.
    ///
    /// Markup that does not parse is shown as plain text rather than dropped. Lines never break
    /// inside a Korean word.
    @discardableResult
    func prepare(_ text: String, markup: Bool, font: FontKey, paragraph: ParagraphKey = .singleLine) -> TextMetrics {
        if currentFont != font {
            pango_layout_set_font_description(layout, description(for: font))
            currentFont = font
        }
        if currentParagraph != paragraph {
            apply(paragraph)
            currentParagraph = paragraph
        }
        if !(markup && setMarkup(text)) {
            setPlain(text)
        }
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        let unit = Double(PANGO_SCALE)
        return TextMetrics(
            x: Double(logical.x) / unit, y: Double(logical.y) / unit,
            width: Double(logical.width) / unit, height: Double(logical.height) / unit,
            baseline: Double(pango_layout_get_baseline(layout)) / unit
        )
    }

    /// Sets the wrap width (or none), word-then-character wrapping and the line alignment.
    private func apply(_ paragraph: ParagraphKey) {
        let width = paragraph.wrapWidth.map { Int32(clamping: Int(($0 * Double(PANGO_SCALE)).rounded())) } ?? -1
        pango_layout_set_width(layout, width)
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        let alignment: PangoAlignment = switch paragraph.alignment {
        case .leading, .justified: PANGO_ALIGN_LEFT
        case .center: PANGO_ALIGN_CENTER
        case .trailing: PANGO_ALIGN_RIGHT
        }
        pango_layout_set_alignment(layout, alignment)
        pango_layout_set_justify(layout, paragraph.alignment == .justified && paragraph.wrapWidth != nil ? 1 : 0)
    }

    private func setPlain(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                pango_layout_set_text(layout, chars.baseAddress, Int32(clamping: chars.count))
            }
        }
        let attributes = pango_attr_list_new()
        Self.keepHangulWords(text, in: attributes)
        pango_layout_set_attributes(layout, attributes)
        pango_attr_list_unref(attributes)
    }

    /// Forbids line breaks inside the Korean words of `text` (see ``HangulWords``).
    private static func keepHangulWords(_ text: String, in attributes: OpaquePointer?) {
        for range in HangulWords.ranges(in: text) {
            guard let attribute = pango_attr_allow_breaks_new(0) else { continue }
            attribute.pointee.start_index = UInt32(range.lowerBound)
            attribute.pointee.end_index = UInt32(range.upperBound)
            pango_attr_list_insert(attributes, attribute)
        }
    }

    /// Parses Pango markup into the layout; false (layout untouched) when it does not parse. Korean
    /// words are kept on one line, as in plain text.
    private func setMarkup(_ markup: String) -> Bool {
        var attributes: OpaquePointer?
        var plain: UnsafeMutablePointer<CChar>?
        var error: UnsafeMutablePointer<GError>?
        let parsed = pango_parse_markup(markup, -1, 0, &attributes, &plain, nil, &error)
        defer {
            if let error { g_error_free(error) }
            if let plain { g_free(plain) }
            if let attributes { pango_attr_list_unref(attributes) }
        }
        guard parsed != 0, let plain else { return false }
        pango_layout_set_text(layout, plain, -1)
        if attributes == nil { attributes = pango_attr_list_new() }
        Self.keepHangulWords(String(cString: plain), in: attributes)
        pango_layout_set_attributes(layout, attributes)
        return true
    }

    /// A cached Pango font description: families, absolute size in points, weight and style.
    private func description(for font: FontKey) -> OpaquePointer {
        if let known = fonts[font] { return known }
        let description: OpaquePointer = pango_font_description_new()
        pango_font_description_set_family(description, font.family)
        let size = font.size.isFinite ? max(font.size, 0) : 0
        pango_font_description_set_absolute_size(description, size * Double(PANGO_SCALE))
        let weight: PangoWeight = switch font.weight {
        case .regular: PANGO_WEIGHT_NORMAL
        case .medium: PANGO_WEIGHT_MEDIUM
        case .bold: PANGO_WEIGHT_BOLD
        }
        pango_font_description_set_weight(description, weight)
        pango_font_description_set_style(description, font.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
        fonts[font] = description
        return description
    }
}

import CDescentCairo
import DescentScene

extension StrokeStyle {
    /// True when the width is positive and finite; other strokes are not drawn.
    var isDrawable: Bool { width.isFinite && width > 0 }

    /// Sets color, width, caps, joins and dash on `cr`.
    ///
    /// A dash pattern Cairo would reject (a negative or non-finite length, or all zeros) is drawn
    /// solid instead of putting the context into an error state.
    func apply(to cr: OpaquePointer) {
        color.setSource(on: cr)
        cairo_set_line_width(cr, width)
        let cairoCap: cairo_line_cap_t = switch cap {
        case .butt: CAIRO_LINE_CAP_BUTT
        case .round: CAIRO_LINE_CAP_ROUND
        case .square: CAIRO_LINE_CAP_SQUARE
        }
        let cairoJoin: cairo_line_join_t = switch join {
        case .miter: CAIRO_LINE_JOIN_MITER
        case .round: CAIRO_LINE_JOIN_ROUND
        case .bevel: CAIRO_LINE_JOIN_BEVEL
        }
        cairo_set_line_cap(cr, cairoCap)
        cairo_set_line_join(cr, cairoJoin)
        if dash.allSatisfy({ $0.isFinite && $0 >= 0 }), dash.contains(where: { $0 > 0 }) {
            cairo_set_dash(cr, dash, Int32(clamping: dash.count), 0)
        } else {
            cairo_set_dash(cr, nil, 0, 0)
        }
    }
}

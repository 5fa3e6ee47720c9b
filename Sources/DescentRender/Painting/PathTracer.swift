import CDescentCairo
import DescentScene

/// Replays a scene ``Path`` as Cairo path commands.
///
/// A command with a non-finite coordinate is skipped and breaks the line: the next drawable
/// command starts a new sub-path at its end point. So a series with a NaN sample draws as two
/// pieces instead of putting Cairo into an error state.
enum PathTracer {
    /// Replaces the current path of `cr` with `path`.
    static func trace(_ path: Path, on cr: OpaquePointer) {
        cairo_new_path(cr)
        var open = false
        for element in path.elements {
            switch element {
            case .move(let p):
                guard p.isFinite else { open = false; continue }
                cairo_move_to(cr, p.x, p.y)
                open = true
            case .line(let p):
                guard p.isFinite else { open = false; continue }
                if open { cairo_line_to(cr, p.x, p.y) } else { cairo_move_to(cr, p.x, p.y) }
                open = true
            case .curve(let c1, let c2, let p):
                guard c1.isFinite, c2.isFinite, p.isFinite else { open = false; continue }
                if open {
                    cairo_curve_to(cr, c1.x, c1.y, c2.x, c2.y, p.x, p.y)
                } else {
                    cairo_move_to(cr, p.x, p.y)
                }
                open = true
            case .close:
                if open { cairo_close_path(cr) }
            }
        }
    }
}

extension Point {
    /// True when both coordinates are finite.
    var isFinite: Bool { x.isFinite && y.isFinite }
}

extension Rect {
    /// True when all four numbers are finite and the size is positive.
    var isDrawable: Bool {
        x.isFinite && y.isFinite && width.isFinite && height.isFinite && width > 0 && height > 0
    }
}

import DescentLesson
import DescentPlot

extension FigureRequest {
    /// True when the boolean option `key` is true (its default when not given); false when it is
    /// false or has neither value nor default.
    func flag(_ key: String) -> Bool {
        option(key) == .boolean(true)
    }

    /// The number option `key` (its default when not given), or nil.
    func number(_ key: String) -> Double? {
        if case .number(let value)? = option(key), value.isFinite { return value }
        return nil
    }

    /// The whole-number option `key` (its default when not given), or nil.
    func integer(_ key: String) -> Int? {
        if case .number(let value)? = option(key), value.isFinite { return Int(value) }
        return nil
    }

    /// The list-of-numbers option `key` (its default when not given), or an empty list.
    func numbers(_ key: String) -> [Double] {
        guard case .list(let items)? = option(key) else { return [] }
        return items.compactMap { if case .number(let v) = $0, v.isFinite { return v } else { return nil } }
    }

    /// The text or choice option `key` (its default when not given), or nil.
    func text(_ key: String) -> String? {
        if case .text(let value)? = option(key) { return value }
        return nil
    }

    /// The colormap the lesson names in `colormap`, or nil (not given) for the theme's: the
    /// documented default `viridis` is the light and dark themes' own, and the print theme's gray
    /// must win when the lesson does not ask otherwise.
    var colormap: Colormap? {
        guard case .text(let name)? = options["colormap"] else { return nil }
        switch name {
        case "viridis": return .viridis
        case "magma": return .magma
        case "cividis": return .cividis
        case "gray": return .grays
        default: return nil
        }
    }
}

import DescentNumerics

/// A value of a lesson that a live page may change (`controls:` in the lesson file): a slider
/// over a number the file writes (a run's `lr`, `momentum`, one of Adam's `betas`, a schedule
/// parameter, `steps`, `seed`), or the start point, picked by clicking on the map.
///
/// A control names its value by `set`, a dotted path: `runs.<id>.<key>` for a run's key (an
/// index selects an item of a list, `runs.adam.betas.0`), `runs.<id>.schedule.<key>` for its
/// schedule's parameter, or the lesson's own `steps`, `seed`, `start` or `schedule.<key>`.
/// Setting values rewrites only those numbers in the file's text (`LessonEdit`), so the lesson
/// with the values written in is an ordinary lesson that `descent build` renders the same.
public struct LessonControl: Sendable, Hashable {
    /// How the value is chosen.
    public enum Input: Sendable, Hashable {
        /// A slider from `min` to `max`, evenly spaced in the value (`linear`) or in its
        /// logarithm (`log`), moving by `step` when given.
        case slider(min: Double, max: Double, scale: Scale, step: Double?)
        /// A point `[x, y]` clicked on the map, within `domain`.
        case click(domain: Domain)
    }

    /// How a slider spaces its values.
    public enum Scale: String, Sendable, Hashable, CaseIterable {
        /// Equal steps in the value.
        case linear
        /// Equal steps in the value's logarithm (for rates: 0.001, 0.01, 0.1 equally far apart).
        case log
    }

    /// The `set` path as the file spells it: `runs.sgd.lr`, `start`.
    public var name: String
    /// Where the value is in the file: the path of keys and list indices from the root.
    public var path: [LessonSource.Step]
    /// The value the file gives (or the parameter's default when the file leaves it out): one
    /// number, or two for a start point.
    public var value: [Double]
    /// Whether the value is a whole number (steps, seed, an integer parameter).
    public var isInteger: Bool
    /// The key's default when the file leaves it out (one number, or a list's numbers such as
    /// Adam's `betas`, `[0.9, 0.999]`), which setting the control writes in; nil when the file
    /// writes the key.
    public var missingValue: [Double]?
    /// How the value is chosen.
    public var input: Input
    /// The name the page shows, or nil for `name`.
    public var label: LocalizedText?

    /// Creates a control.
    public init(name: String, path: [LessonSource.Step], value: [Double], isInteger: Bool, missingValue: [Double]? = nil, input: Input, label: LocalizedText? = nil) {
        self.name = name
        self.path = path
        self.value = value
        self.isInteger = isInteger
        self.missingValue = missingValue
        self.input = input
        self.label = label
    }

    /// How many numbers the control takes: 2 for a clicked point, 1 for a slider.
    public var arity: Int {
        if case .click = input { return 2 }
        return 1
    }

    /// Why `value` cannot be set (wrong count, not whole, outside the declared range or the
    /// domain), or nil when it can.
    public func problem(_ value: [Double]) -> String? {
        guard value.count == arity else {
            return "'\(name)' takes \(arity == 2 ? "a point x,y" : "one number"), not \(value.count) numbers"
        }
        guard value.allSatisfy(\.isFinite) else { return "'\(name)' must be a finite number" }
        if isInteger, let fraction = value.first(where: { $0.rounded() != $0 }) {
            return "'\(name)' must be a whole number, not \(fraction.formatted17)"
        }
        switch input {
        case .slider(let min, let max, _, _):
            if !(min...max).contains(value[0]) {
                return "'\(name)' must be in \(min.formatted17)...\(max.formatted17), not \(value[0].formatted17)"
            }
        case .click(let domain):
            if !domain.contains(Vec2(value[0], value[1])) {
                return "'\(name)' must lie in x \(domain.x.lowerBound.formatted17)...\(domain.x.upperBound.formatted17), y \(domain.y.lowerBound.formatted17)...\(domain.y.upperBound.formatted17), not (\(value[0].formatted17), \(value[1].formatted17))"
            }
        }
        return nil
    }
}

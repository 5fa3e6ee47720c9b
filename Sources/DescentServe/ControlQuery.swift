import DescentLesson
import DescentNumerics
import Foundation

/// A page's control values as its URL carries them: `?runs.sgd.lr=0.3&start=-2,0.5`, one
/// number per slider and `x,y` for a clicked start point. The query is the permalink of the
/// figure it shows.
public enum ControlQuery {
    /// Query keys that are not controls: the page's client id, which groups its requests so a
    /// newer one makes older ones stale.
    public static let reserved: Set<String> = ["client"]

    /// The values of `query` checked against `controls`, or the 400 message: an unknown control
    /// (with the closest name), a malformed number, a value outside the declared range.
    public static func values(_ query: [(String, String)], controls: [LessonControl]) -> Result<[String: [Double]], Problem> {
        var values: [String: [Double]] = [:]
        for (key, text) in query where !reserved.contains(key) {
            guard let control = controls.first(where: { $0.name == key }) else {
                let names = controls.map(\.name)
                let hint = Suggestion.closest(to: key, among: names).map { "; did you mean '\($0)'?" }
                    ?? (names.isEmpty ? "; this lesson declares no controls" : "; the controls are \(names.map { "'\($0)'" }.joined(separator: ", "))")
                return .failure(Problem(message: "unknown control '\(key)'\(hint)"))
            }
            let parts = text.split(separator: ",", omittingEmptySubsequences: false)
            let numbers = parts.compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
            guard numbers.count == parts.count, !numbers.isEmpty else {
                return .failure(Problem(message: "'\(key)' must be \(control.arity == 2 ? "a point x,y" : "a number"), not '\(text.prefix(40))'"))
            }
            if let problem = control.problem(numbers) { return .failure(Problem(message: problem)) }
            values[key] = numbers
        }
        return .success(values)
    }

    /// A request's problem, answered with 400.
    public struct Problem: Error, Sendable {
        /// The message the page shows.
        public var message: String
    }
}

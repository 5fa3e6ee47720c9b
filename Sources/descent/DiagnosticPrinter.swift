import DescentLesson

/// Prints a lesson's problems to standard error, `file:line:column: severity: message`, at most
/// `limit` of them and then `... and N more problems`, so that a file of a million mistakes
/// prints a screenful, not a million lines.
struct DiagnosticPrinter {
    /// The most problems printed per lesson.
    static let limit = 50

    /// Whether warnings count as errors (`--warnings-as-errors`).
    var warningsAsErrors = false

    /// Prints `diagnostics` (sorted, each once) and `messages` (other problems, already phrased).
    func print(_ diagnostics: [Diagnostic], messages: [String] = []) {
        let unique = Array(Set(diagnostics)).sorted()
        let lines = unique.map { diagnostic in
            var shown = diagnostic
            if warningsAsErrors { shown.severity = .error }
            return shown.description
        } + messages
        for line in lines.prefix(Self.limit) { StandardError.write(line) }
        if lines.count > Self.limit {
            let more = lines.count - Self.limit
            StandardError.write("... and \(more) more problem\(more == 1 ? "" : "s") in \(diagnostics.first?.file ?? "this lesson")")
        }
    }

    /// Whether the lesson fails: it has errors, or warnings that count as errors.
    func fails(_ diagnostics: [Diagnostic]) -> Bool {
        diagnostics.contains { $0.severity == .error || warningsAsErrors }
    }
}

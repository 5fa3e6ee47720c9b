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
        for line in lines(diagnostics, messages: messages) { StandardError.write(line) }
    }

    /// The lines `print` writes.
    func lines(_ diagnostics: [Diagnostic], messages: [String] = []) -> [String] {
        let unique = Array(Set(diagnostics)).sorted()
        let lines = unique.map { diagnostic in
            var shown = diagnostic
            if warningsAsErrors { shown.severity = .error }
            return shown.description
        } + messages
        guard lines.count > Self.limit else { return lines }
        let more = lines.count - Self.limit
        return Array(lines.prefix(Self.limit)) + ["... and \(more) more problem\(more == 1 ? "" : "s") in \(unique.first?.file ?? "this lesson")"]
    }

    /// Whether the lesson fails: it has errors, or warnings that count as errors.
    func fails(_ diagnostics: [Diagnostic]) -> Bool {
        diagnostics.contains { $0.severity == .error || warningsAsErrors }
    }
}

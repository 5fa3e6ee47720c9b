import Testing
@testable import DescentLesson

@Suite("Diagnostic")
struct DiagnosticTests {
    @Test func printsInCompilerForm() {
        let diagnostic = Diagnostic(file: "Lessons/ravine.yaml", line: 12, column: 9, message: "unknown key 'stpes'; did you mean 'steps'?")
        #expect(diagnostic.description == "Lessons/ravine.yaml:12:9: error: unknown key 'stpes'; did you mean 'steps'?")
        let warning = Diagnostic(file: "a.yaml", line: 1, column: 2, severity: .warning, message: "m")
        #expect(warning.description == "a.yaml:1:2: warning: m")
    }

    @Test func loadErrorSortsByPosition() {
        let error = LessonLoadError(diagnostics: [
            Diagnostic(file: "f", line: 9, column: 1, message: "c"),
            Diagnostic(file: "f", line: 2, column: 7, message: "b"),
            Diagnostic(file: "f", line: 2, column: 3, message: "a"),
        ])
        #expect(error.diagnostics.map(\.message) == ["a", "b", "c"])
        #expect(error.description == "f:2:3: error: a\nf:2:7: error: b\nf:9:1: error: c")
    }
}

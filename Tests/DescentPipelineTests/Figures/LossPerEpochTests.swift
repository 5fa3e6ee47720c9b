import Testing
@testable import DescentPipeline

@Suite("Loss against epochs")
struct LossPerEpochTests {
    @Test("per: epoch puts step t at t / steps_per_epoch on an epoch axis")
    func perEpoch() throws {
        let lesson = try TemporaryLesson("""
            title: Epochs
            surface: bowl
            steps: 20
            steps_per_epoch: 5
            runs:
              - {optimizer: sgd, lr: 0.1}
            figures:
              - {kind: loss, name: loss, per: epoch}
            """)
        defer { lesson.remove() }
        let compiled = try LessonBuilder(options: BuildOptions(outputDirectory: lesson.output)).assemble(path: lesson.path)
        guard case .panel(.lines(let panel))? = compiled.figures.first?.figure.layout else { Issue.record("not a line panel"); return }
        #expect(panel.xLabel == "epoch")
        // 21 points (steps 0...20) at epochs 0, 0.2, ..., 4.
        let xs = try #require(panel.series.first).xs
        #expect(xs.count == 21)
        for (t, x) in xs.enumerated() { #expect(abs(x - Double(t) / 5) < 1e-15) }
    }
}

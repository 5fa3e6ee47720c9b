import DescentLesson
import DescentPlot
import Testing
@testable import DescentPipeline

@Suite("Annotations from a lesson")
struct AnnotationFigureTests {
    static let yaml = """
        title: Notes
        surface: saddle
        runs:
          - {optimizer: sgd, lr: 0.1}
        figures:
          - kind: contour
            name: map
            annotations:
              - {text: {en: "the saddle", ko: "안장점"}, at: [0, 0], text_at: [0.5, 1]}
              - {text: "start", at: [1, 1]}
        """

    @Test("a contour figure carries each note at its data coordinates, in the figure's language")
    func contourCarriesNotes() throws {
        let lesson = try TemporaryLesson(Self.yaml)
        defer { lesson.remove() }
        let compiled = try LessonBuilder(options: BuildOptions(outputDirectory: lesson.output, language: "ko")).assemble(path: lesson.path)
        guard case .panel(.contour(let panel))? = compiled.figures.first?.figure.layout else { Issue.record("not a contour"); return }
        #expect(panel.annotations == [Annotation("안장점", x: 0, y: 0, textX: 0.5, textY: 1), Annotation("start", x: 1, y: 1)])
    }

    /// Columns counted by hand: line 10 is `      - {text: "start", tex_at: [1, 1]}`, its map opens at
    /// column 9 and `tex_at` starts at column 25.
    @Test("an annotation without a point is an error at its position")
    func missingPoint() throws {
        let yaml = Self.yaml.replacingOccurrences(of: "{text: \"start\", at: [1, 1]}", with: "{text: \"start\", tex_at: [1, 1]}")
        #expect {
            try LessonLoader.parse(yaml: yaml, file: "notes.yaml")
        } throws: { error in
            let text = "\(error)"
            return text.contains("notes.yaml:10:25: error: unknown key 'tex_at'; did you mean 'text_at'?")
                && text.contains("notes.yaml:10:9: error: an annotation needs 'text' and 'at' (a point [x, y])")
        }
    }
}

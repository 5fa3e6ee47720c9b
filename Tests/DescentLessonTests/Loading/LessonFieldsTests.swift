import DescentNumerics
import Foundation
import Testing
@testable import DescentLesson

/// Lesson keys are described once: the reader's defaults and ranges, the schema's and the README's
/// all come from `LessonFields`.
@Suite("LessonFields")
struct LessonFieldsTests {
    @Test func theReaderStartsFromTheSpecsDefaults() throws {
        let lesson = try Fixtures.load(Fixtures.lesson())
        let run = try #require(lesson.runs.first)
        #expect(LessonFields.steps.defaultValue == .number(100))
        #expect(run.steps == 100)
        #expect(run.stepsPerEpoch == LessonFields.integerDefault(LessonFields.stepsPerEpoch))
        #expect(Int(run.seed) == LessonFields.integerDefault(LessonFields.seed))
        #expect(lesson.output.scale == 2)
        #expect(LessonFields.scale.defaultValue == .number(lesson.output.scale))
    }

    @Test("the reader checks the spec's range", arguments: [
        ("steps: 0", "'steps' must be in 1...100000, not 0"),
        ("steps_per_epoch: 100001", "'steps_per_epoch' must be in 1...100000, not 100001"),
        ("batch_size: 0", "'batch_size' must be in 1...1000000, not 0"),
        ("output: {scale: 0.1}", "'scale' must be in 0.25...8.0, not 0.1"),
        ("output: {size: {width: 10, height: 100}}", "'width' must be in 50.0...10000.0, not 10.0"),
    ])
    func ranges(extra: String, message: String) {
        #expect(Fixtures.diagnostics(Fixtures.lesson(extra)).map(\.message) == [message])
    }

    @Test func theSchemaStatesTheSameRangesAndDefaults() throws {
        let data = Data(LessonSchema.json(catalogs: Fixtures.catalogs).utf8)
        let schema = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let properties = try #require(schema["properties"] as? [String: Any])
        let steps = try #require(properties["steps"] as? [String: Any])
        #expect(steps["type"] as? String == "integer")
        #expect(steps["minimum"] as? Double == 1)
        #expect(steps["maximum"] as? Double == 100_000)
        #expect(steps["default"] as? Double == 100)
        let domain = try #require(properties["domain"] as? [String: Any])
        #expect(domain["description"] as? String == "`{x: [min, max], y: [min, max]}`, the rectangle figures show; default the surface's")
    }

    @Test func everyKeyHasASummary() {
        let all = [LessonFields.lesson, LessonFields.run, LessonFields.output, LessonFields.figure, LessonFields.surface,
                   LessonFields.domain, LessonFields.learningRateSearch, LessonFields.annotation, LessonFields.layout, LessonFields.pageSize]
        for fields in all {
            #expect(Set(fields.map(\.name)).count == fields.count)
            for field in fields { #expect(!field.summary.isEmpty, "\(field.name) has no summary") }
        }
    }
}

import DescentNumerics
import Foundation
import Testing
@testable import DescentLesson

@Suite("LessonSchema")
struct LessonSchemaTests {
    /// `Lessons/schema.json` in the package.
    static let schemaPath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Lessons/schema.json").path

    /// The shipped schema must be the generated one. Run the tests with `DESCENT_UPDATE_SCHEMA=1`
    /// (or `descent schema > Lessons/schema.json`) after changing a catalog or the format.
    @Test func shippedSchemaIsUpToDate() throws {
        let generated = LessonSchema.json()
        if ProcessInfo.processInfo.environment["DESCENT_UPDATE_SCHEMA"] == "1" {
            try generated.write(toFile: Self.schemaPath, atomically: true, encoding: .utf8)
        }
        let shipped = try String(contentsOfFile: Self.schemaPath, encoding: .utf8)
        #expect(shipped == generated, "Lessons/schema.json is stale: run `DESCENT_UPDATE_SCHEMA=1 swift test --filter LessonSchemaTests`")
    }

    func document() throws -> [String: Any] {
        let data = Data(LessonSchema.json(catalogs: Fixtures.catalogs).utf8)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func isValidJSONOfDraft2020() throws {
        let schema = try document()
        #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        #expect(schema["required"] as? [String] == ["title", "surface", "runs"])
        let properties = try #require(schema["properties"] as? [String: Any])
        #expect(Set(properties.keys) == Set(LessonFields.names(LessonFields.lesson)))
    }

    @Test func namesComeFromTheCatalogs() throws {
        let defs = try #require(try document()["$defs"] as? [String: Any])
        let run = try #require(defs["run"] as? [String: Any])
        let runProperties = try #require(run["properties"] as? [String: Any])
        let optimizer = try #require(runProperties["optimizer"] as? [String: Any])
        #expect(optimizer["enum"] as? [String] == ["sgd", "SGD", "adam", "Adam", "momentum"])
        #expect(optimizer["enum"] as? [String] == Fixtures.optimizers.allNames)
        let conditions = try #require(run["allOf"] as? [[String: Any]])
        #expect(conditions.count == Fixtures.optimizers.entries.count)
    }

    @Test func figureKindsAreListedOnce() throws {
        let defs = try #require(try document()["$defs"] as? [String: Any])
        let figure = try #require(defs["figure"] as? [String: Any])
        let properties = try #require(figure["properties"] as? [String: Any])
        let kind = try #require(properties["kind"] as? [String: Any])
        #expect(kind["enum"] as? [String] == FigureKinds.catalog.allNames)
        #expect((figure["allOf"] as? [Any])?.count == FigureKinds.catalog.entries.count)
    }

    @Test func parameterSpecsBecomeSchemas() {
        // Written out by hand from the ParameterSpec kinds.
        #expect(LessonSchema.schema(of: ParameterSpec("m", .number, range: 0...1, summary: "")).rendered()
            == "{\n  \"type\": \"number\",\n  \"minimum\": 0,\n  \"maximum\": 1\n}")
        #expect(LessonSchema.schema(of: ParameterSpec("n", .integer, summary: "")).rendered() == "{\n  \"type\": \"integer\"\n}")
        #expect(LessonSchema.schema(of: ParameterSpec("c", .choice(["a", "b"]), summary: "")).rendered() == "{\n  \"enum\": [\"a\", \"b\"]\n}")
        #expect(LessonSchema.schema(of: ParameterSpec("b", .numbers(count: 2), range: 0...0.5, summary: "")).rendered()
            == "{\n  \"type\": \"array\",\n  \"items\": {\n    \"type\": \"number\",\n    \"minimum\": 0,\n    \"maximum\": 0.5\n  },\n  \"minItems\": 2,\n  \"maxItems\": 2\n}")
        let swept = LessonSchema.parameters([ParameterSpec("t", .boolean, default: .boolean(true), summary: "flag")], sweepable: true)
        #expect(swept.first?.value.rendered() == """
        {
          "description": "flag",
          "default": true,
          "anyOf": [
            {
              "type": "boolean"
            },
            {
              "type": "array",
              "minItems": 1,
              "items": {
                "type": "boolean"
              }
            }
          ]
        }
        """)
    }

    @Test func jsonStringsAreEscaped() {
        #expect(JSONValue.string("a\"b\\c\nd\u{1}é").rendered() == "\"a\\\"b\\\\c\\nd\\u0001é\"")
        #expect(JSONValue.number(1e-4).rendered() == "0.0001")
        #expect(JSONValue.number(-3).rendered() == "-3")
    }
}

import Foundation
import Testing

/// Every shipped lesson validates against `Lessons/schema.json`, checked by an independent
/// JSON Schema implementation (Python's `jsonschema`, through `scripts/validate-lessons.py`).
/// Skipped, with a note, where python3 with jsonschema and PyYAML is missing; `.ci/run` installs them.
@Suite("Shipped lessons and the JSON Schema")
struct ShippedLessonsSchemaTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let script = root.appendingPathComponent("scripts/validate-lessons.py").path

    static var validatorAvailable: Bool {
        run(["-c", "import jsonschema, yaml"]).status == 0
    }

    static func run(_ arguments: [String]) -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do { try process.run() } catch { return (-1, "\(error)") }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test("every lesson in Lessons/ validates", .enabled(if: validatorAvailable, "python3 with jsonschema and PyYAML is needed"))
    func shippedLessonsValidate() {
        let result = Self.run([Self.script])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains(" passed, 0 failed"))
    }

    @Test("a misspelled key fails validation, so the check can fail", .enabled(if: validatorAvailable, "python3 with jsonschema and PyYAML is needed"))
    func misspelledKeyFails() throws {
        let path = NSTemporaryDirectory() + "descent-schema-\(UUID().uuidString).yaml"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try "title: t\nsurface: bowl\nstpes: 10\nruns:\n  - {optimizer: sgd, lr: 0.1}\n".write(toFile: path, atomically: true, encoding: .utf8)
        let result = Self.run([Self.script, path])
        #expect(result.status == 1)
        #expect(result.output.contains("0 passed, 1 failed"))
    }
}

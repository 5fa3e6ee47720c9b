import ArgumentParser
import DescentFiles
import DescentLesson

/// `descent schema`: the JSON Schema of the lesson format.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print (or write) the JSON Schema of the lesson format, for editor completion."
    )

    @Option(name: .shortAndLong, help: "Write the schema to this file instead of printing it (e.g. Lessons/schema.json).")
    var output: String?

    func run() throws {
        let json = LessonSchema.json()
        guard let output else {
            print(json, terminator: json.hasSuffix("\n") ? "" : "\n")
            return
        }
        do {
            try AtomicFile.write(Array(json.utf8), to: output)
        } catch {
            StandardError.write("error: \(error)")
            throw ExitCode.failure
        }
    }
}

import ArgumentParser
import DescentFiles
import DescentPipeline
import Foundation

/// `descent new`: a commented starter lesson.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a commented starter lesson, Lessons/NAME.yaml."
    )

    @Argument(help: "The lesson's name (letters, digits, '-' and '_'); it names the file and the output folder.")
    var name: String
    @Option(name: .shortAndLong, help: "The folder to write into.")
    var directory: String = "Lessons"
    @Flag(help: "Replace an existing file.")
    var force = false

    func validate() throws {
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-_"))
        guard !name.isEmpty, name.unicodeScalars.allSatisfy(allowed.contains) else {
            throw ValidationError("the name may contain only letters, digits, '-' and '_'")
        }
    }

    func run() throws {
        let path = "\(directory)/\(name).yaml"
        if FileManager.default.fileExists(atPath: path), !force {
            StandardError.write("\(path): error: the file exists; choose another name or pass --force")
            throw ExitCode.failure
        }
        do {
            try AtomicFile.write(Array(StarterLesson.text(name: name).utf8), to: path)
        } catch {
            StandardError.write("error: \(error)")
            throw ExitCode.failure
        }
        print("wrote \(path); render it with: descent build \(path)")
    }
}

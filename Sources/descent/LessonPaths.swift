import Foundation

/// Expands command-line lesson arguments: files as given, folders into their `*.yaml` files.
enum LessonPaths {
    /// The lesson files named by `arguments` (default `Lessons/`), sorted within each folder;
    /// the arguments that name nothing; and the folders that hold no lesson.
    static func expand(_ arguments: [String]) -> (files: [String], missing: [String], empty: [String]) {
        let manager = FileManager.default
        var files: [String] = []
        var missing: [String] = []
        var empty: [String] = []
        for argument in arguments.isEmpty ? ["Lessons"] : arguments {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: argument, isDirectory: &isDirectory) else {
                missing.append(argument)
                continue
            }
            if isDirectory.boolValue {
                let names = (try? manager.contentsOfDirectory(atPath: argument)) ?? []
                let base = argument.hasSuffix("/") ? String(argument.dropLast()) : argument
                let lessons = names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().map { "\(base)/\($0)" }
                if lessons.isEmpty { empty.append(argument) }
                files += lessons
            } else {
                files.append(argument)
            }
        }
        return (files, missing, empty)
    }
}

/// Why a file could not be written: the path, named once, and the system's reason.
public struct FileError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The file (or folder) that could not be written.
    public var path: String
    /// What was being done, as a verb phrase: "write", "create the folder for".
    public var operation: String
    /// The system's reason (`strerror`), or Descent's own when the path itself is wrong.
    public var reason: String

    public init(path: String, operation: String = "write", reason: String) {
        self.path = path
        self.operation = operation
        self.reason = reason
    }

    /// `cannot write 'Output/a/b.png': Permission denied`.
    public var description: String { "cannot \(operation) '\(path)': \(reason)" }
}

import Yams

/// The YAML nodes a lesson was read from, for locating problems found after loading (the work
/// budget, runtime facts) at the key that causes them.
public struct LessonSource {
    /// One step of a path into the file: a key of a map or an index into a list.
    public enum Step: Sendable, Hashable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
        case key(String)
        case index(Int)

        public init(stringLiteral value: String) { self = .key(value) }
        public init(integerLiteral value: Int) { self = .index(value) }
    }

    /// The file name diagnostics carry.
    public let file: String
    let root: Node?

    init(file: String, root: Node?) {
        self.file = file
        self.root = root
    }

    /// A source with no nodes: every position is 1:1.
    public static func empty(file: String) -> LessonSource { LessonSource(file: file, root: nil) }

    /// Whether the file spells out the path (`["runs", 2, "steps"]`).
    public func contains(_ path: [Step]) -> Bool { walk(path).found == path.count }

    /// The line and column of the path's key (for a map key) or item; where the file stops
    /// short of the path, the deepest part it has (the file's start when it has none).
    public func position(_ path: [Step]) -> (line: Int, column: Int) {
        let mark = walk(path).mark
        return (mark?.line ?? 1, mark?.column ?? 1)
    }

    /// The scalar at the path as a number, if the file gives one there.
    public func number(_ path: [Step]) -> Double? {
        let (found, node, _) = walk(path)
        guard found == path.count, case .scalar(let scalar)? = node else { return nil }
        return Double(scalar.string)
    }

    /// The list at the path, if the file gives one there: its item count.
    public func count(_ path: [Step]) -> Int? {
        let (found, node, _) = walk(path)
        guard found == path.count, case .sequence(let items)? = node else { return nil }
        return items.count
    }

    /// A diagnostic at the path's position.
    public func diagnostic(_ path: [Step], severity: Diagnostic.Severity = .error, _ message: String) -> Diagnostic {
        let (line, column) = position(path)
        return Diagnostic(file: file, line: line, column: column, severity: severity, message: message)
    }

    /// How many steps of `path` the file has, the node reached, and the mark to report (a map
    /// key's own mark, so `steps: 10` is reported at `steps`).
    private func walk(_ path: [Step]) -> (found: Int, node: Node?, mark: Mark?) {
        guard var node = root else { return (0, nil, nil) }
        var mark = node.mark
        for (depth, step) in path.enumerated() {
            switch (step, node) {
            case (.key(let key), .mapping(let mapping)):
                guard let pair = mapping.first(where: { $0.key.string == key }) else { return (depth, node, mark) }
                mark = pair.key.mark
                node = pair.value
            case (.index(let index), .sequence(let items)) where items.indices.contains(index):
                node = items[index]
                mark = node.mark
            default:
                return (depth, node, mark)
            }
        }
        return (path.count, node, mark)
    }
}

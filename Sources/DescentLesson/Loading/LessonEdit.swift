import DescentNumerics
import Yams

/// The text of a lesson with some controls' values written in: each number a control names is
/// replaced where the file writes it, everything else (comments, order, layout) kept byte for
/// byte. A key the file leaves out (Adam's `betas`) is added to its map, `betas: [0.5, 0.999]`.
/// A run's label that writes the old number says the new one (`LabelNumbers`).
///
/// The result is an ordinary lesson file: what `descent serve` renders for these values is what
/// `descent build` renders of this text, and "copy as YAML" hands it to the lecturer.
public enum LessonEdit {
    /// Why a lesson's text could not be edited.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        /// What went wrong.
        public var message: String
        public var description: String { message }
    }

    /// `yaml` with `values` (by control name, one number or a point each) written in. Every
    /// value must belong to one of `controls` and pass its check (`LessonControl.problem`).
    public static func apply(_ values: [String: [Double]], controls: [LessonControl], to yaml: String) throws(Failure) -> String {
        guard !values.isEmpty else { return yaml }
        let root: Node?
        do { root = try Yams.compose(yaml: yaml) } catch { throw Failure(message: "the lesson is not valid YAML: \(error)") }
        guard let root else { throw Failure(message: "the lesson is empty") }
        var text = TextLines(yaml)
        var splices: [TextLines.Splice] = []
        var labelSplices: [TextLines.Splice] = []
        for (name, value) in values {
            guard let control = controls.first(where: { $0.name == name }) else {
                throw Failure(message: "the lesson has no control '\(name)'")
            }
            if let problem = control.problem(value) { throw Failure(message: problem) }
            splices += try self.splices(control, value: value, root: root, text: text)
            labelSplices += LabelNumbers.splices(control, spelling: spelling(value[0], integer: control.isInteger), root: root, text: text)
        }
        // A label number two controls both claim (equal old values) is ambiguous: left as written.
        let claimed = Dictionary(grouping: labelSplices) { [$0.line, $0.column] }
        text.apply(splices + labelSplices.filter { claimed[[$0.line, $0.column]]?.count == 1 })
        return text.joined
    }

    /// A number as the file writes it: `30`, `0.3`, `1e-05`.
    public static func spelling(_ value: Double, integer: Bool) -> String {
        integer ? String(Int(value)) : value.formatted17
    }

    private static func splices(_ control: LessonControl, value: [Double], root: Node, text: TextLines) throws(Failure) -> [TextLines.Splice] {
        let spelled = value.map { spelling($0, integer: control.isInteger) }
        if let node = walk(root, control.path) {
            if control.arity == 2 {
                guard case .sequence(let items) = node, items.count == 2 else { throw Failure(message: "'\(control.name)' is no longer a point in the lesson") }
                return try zip(items, spelled).map { item, spelling throws(Failure) in try replacement(item, spelling, text: text, control: control) }
            }
            return [try replacement(node, spelled[0], text: text, control: control)]
        }
        // The key is missing: add it (with the whole default list when one item is set).
        var mapPath = control.path
        var written = spelled[0]
        if case .index(let index)? = mapPath.last, var list = control.missingValue {
            mapPath.removeLast()
            list[index] = value[0]
            written = "[" + list.map { spelling($0, integer: control.isInteger) }.joined(separator: ", ") + "]"
        }
        guard case .key(let key)? = mapPath.popLast(), control.missingValue != nil,
              let map = walk(root, mapPath), case .mapping(let mapping) = map, let first = mapping.first,
              let mapMark = map.mark, let keyMark = first.key.mark else {
            throw Failure(message: "'\(control.name)' is no longer in the lesson")
        }
        if mapping.style == .flow || text.slice(line: mapMark.line, column: mapMark.column, length: 1) == "{" {
            // `{optimizer: adam, ...}`: the new key goes first, after the brace.
            return [TextLines.Splice(line: mapMark.line, column: mapMark.column + 1, length: 0, text: "\(key): \(written), ")]
        }
        // A block map: the new key goes on a line of its own where the first key starts (after a
        // list item's `- `), and the first key moves to the next line at the same column.
        let indent = String(repeating: " ", count: keyMark.column - 1)
        return [TextLines.Splice(line: keyMark.line, column: keyMark.column, length: 0, text: "\(key): \(written)\n\(indent)")]
    }

    /// Replaces the plain number `node` by `spelling`, checking that the file spells the number
    /// where the parser says it is.
    private static func replacement(_ node: Node, _ spelling: String, text: TextLines, control: LessonControl) throws(Failure) -> TextLines.Splice {
        guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any, let mark = node.mark else {
            throw Failure(message: "'\(control.name)' is no longer a plain number in the lesson")
        }
        let length = scalar.string.unicodeScalars.count
        guard text.slice(line: mark.line, column: mark.column, length: length) == scalar.string else {
            throw Failure(message: "'\(control.name)' is written across lines; write it on one line")
        }
        return TextLines.Splice(line: mark.line, column: mark.column, length: length, text: spelling)
    }

    /// The node at `path` from `root`, or nil when the file has no such key or item.
    static func walk(_ root: Node, _ path: [LessonSource.Step]) -> Node? {
        var node = root
        for step in path {
            switch (step, node) {
            case (.key(let key), .mapping(let mapping)):
                guard let value = mapping.first(where: { $0.key.string == key })?.value else { return nil }
                node = value
            case (.index(let index), .sequence(let items)) where items.indices.contains(index):
                node = items[index]
            default:
                return nil
            }
        }
        return node
    }
}

/// A text as lines of Unicode scalars, addressed as YAML marks are (1-based line and column,
/// columns counting characters), with splices applied from the last to the first.
struct TextLines {
    /// Replace `length` characters at `line:column` by `text` (which may hold line breaks).
    struct Splice {
        var line: Int
        var column: Int
        var length: Int
        var text: String
    }

    private var lines: [[Unicode.Scalar]]

    init(_ text: String) {
        lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map(Array.init)
    }

    /// The characters of line `line` (1-based), or nil past the end.
    func line(_ line: Int) -> [Unicode.Scalar]? {
        lines.indices.contains(line - 1) ? lines[line - 1] : nil
    }

    /// The characters at a position, or nil when the text is shorter.
    func slice(line: Int, column: Int, length: Int) -> String? {
        guard lines.indices.contains(line - 1) else { return nil }
        let row = lines[line - 1]
        let start = column - 1
        guard start >= 0, start + length <= row.count else { return nil }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: row[start..<(start + length)])
        return String(result)
    }

    mutating func apply(_ splices: [Splice]) {
        let ordered = splices.sorted { a, b in a.line != b.line ? a.line > b.line : a.column > b.column }
        for splice in ordered {
            let start = splice.column - 1
            lines[splice.line - 1].replaceSubrange(start..<(start + splice.length), with: Array(splice.text.unicodeScalars))
        }
    }

    var joined: String {
        var view = String.UnicodeScalarView()
        for (index, line) in lines.enumerated() {
            if index > 0 { view.append("\n") }
            view.append(contentsOf: line)
        }
        return String(view)
    }
}

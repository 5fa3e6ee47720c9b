// libyaml, as Yams builds it. Yams does not export it as a product, but its module is visible to
// every package target that depends on Yams; this file is the one place that uses it.
import CYaml
import Yams

/// Composes YAML text into Yams nodes, as `Yams.compose` does, with the checks a lesson file
/// needs so that no text can crash, stall or silence the loader:
///
/// - a key given twice in one map is reported at its second occurrence, the first value is kept,
///   and composing goes on (Yams stops at the first duplicate and points at the map);
/// - nesting deeper than ``maximumDepth`` lists and maps is an error at the node that goes too deep
///   (composing recurses once per level, and so do the reader and the nodes' deinitializers);
/// - aliases that would expand the document past ``maximumNodes`` nodes are an error at the alias
///   that crosses the limit (a few hundred bytes of anchors and aliases can stand for billions of
///   nodes, which every later stage would walk).
struct LessonComposer {
    /// The deepest nesting of lists and maps read.
    static let maximumDepth = 64
    /// The most nodes a document may stand for once its aliases are expanded.
    static let maximumNodes = 200_000

    /// The file name diagnostics carry.
    let file: String
    /// Problems that did not stop composing (duplicate keys).
    private(set) var diagnostics: [Diagnostic] = []
    /// Each anchor's node and how many nodes it stands for.
    private var anchors: [String: (node: Node, count: Int)] = [:]
    /// Nodes so far, aliases expanded.
    private var expandedCount = 0
    /// Whether an alias was met (for the message when there are too many nodes).
    private var usedAliases = false

    init(file: String) {
        self.file = file
    }

    /// Why composing stopped.
    struct Stop: Error {
        let diagnostic: Diagnostic
    }

    /// The document's root (nil for an empty document).
    ///
    /// - Throws: `Stop` for a syntax error, nesting too deep, aliases expanding too far, or a
    ///   second document.
    mutating func compose(_ text: String) throws(Stop) -> Node? {
        var bytes = Array(text.utf8)
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) == 1 else {
            throw Stop(diagnostic: Diagnostic(file: file, line: 1, column: 1, message: "cannot start the YAML reader (out of memory)"))
        }
        defer { yaml_parser_delete(parser) }
        return try bytes.withUnsafeMutableBufferPointer { (buffer) throws(Stop) -> Node? in
            yaml_parser_set_input_string(parser, buffer.baseAddress, buffer.count)
            yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
            var events = EventSource(parser: parser, file: file, bytes: UnsafeBufferPointer(buffer))
            _ = try events.next() // stream start
            var event = try events.next()
            guard event.type == YAML_DOCUMENT_START_EVENT else { return nil }
            event = try events.next()
            let root = try node(from: event, depth: 1, events: &events)
            _ = try events.next() // document end
            let after = try events.next()
            guard after.type == YAML_STREAM_END_EVENT else {
                throw Stop(diagnostic: Diagnostic(
                    file: file, line: after.mark.line, column: after.mark.column,
                    message: "a lesson file holds one YAML document; remove this second one (or its '---')"))
            }
            return root
        }
    }

    private mutating func node(from event: Event, depth: Int, events: inout EventSource) throws(Stop) -> Node {
        guard depth <= Self.maximumDepth else {
            throw stop(at: event.mark, "lists and maps are nested deeper than \(Self.maximumDepth) levels here")
        }
        switch event.type {
        case YAML_ALIAS_EVENT:
            guard let anchor = event.anchor, let (node, count) = anchors[anchor] else {
                throw stop(at: event.mark, "the alias '*\(event.anchor ?? "")' refers to no anchor defined before it")
            }
            usedAliases = true
            try add(count, at: event.mark)
            return node
        case YAML_SCALAR_EVENT:
            try add(1, at: event.mark)
            let node = Node.scalar(.init(event.scalar, Tag(event.tagName), event.scalarStyle, event.mark, event.anchor.map(Anchor.init(rawValue:))))
            register(event.anchor, node, count: 1)
            return node
        case YAML_SEQUENCE_START_EVENT:
            let before = expandedCount
            try add(1, at: event.mark)
            var items: [Node] = []
            var next = try events.next()
            while next.type != YAML_SEQUENCE_END_EVENT {
                items.append(try node(from: next, depth: depth + 1, events: &events))
                next = try events.next()
            }
            let node = Node.sequence(.init(items, Tag(event.tagName), event.sequenceStyle, event.mark, event.anchor.map(Anchor.init(rawValue:))))
            register(event.anchor, node, count: expandedCount - before)
            return node
        case YAML_MAPPING_START_EVENT:
            let before = expandedCount
            try add(1, at: event.mark)
            var pairs: [(Node, Node)] = []
            var seen: [Node: Mark] = [:]
            var next = try events.next()
            while next.type != YAML_MAPPING_END_EVENT {
                let key = try node(from: next, depth: depth + 1, events: &events)
                let value = try node(from: try events.next(), depth: depth + 1, events: &events)
                if let first = seen[key] {
                    let mark = key.mark ?? event.mark
                    let name = key.string.map { "'\($0)'" } ?? "this key"
                    diagnostics.append(Diagnostic(
                        file: file, line: mark.line, column: mark.column,
                        message: "the key \(name) appears more than once in this map; it is first given at line \(first.line), column \(first.column)"))
                } else {
                    seen[key] = key.mark ?? event.mark
                    pairs.append((key, value))
                }
                next = try events.next()
            }
            let node = Node.mapping(.init(pairs, Tag(event.tagName), event.mappingStyle, event.mark, event.anchor.map(Anchor.init(rawValue:))))
            register(event.anchor, node, count: expandedCount - before)
            return node
        default:
            throw stop(at: event.mark, "unexpected YAML structure")
        }
    }

    /// Counts `count` more nodes, and stops past the limit.
    private mutating func add(_ count: Int, at mark: Mark) throws(Stop) {
        expandedCount += count
        guard expandedCount <= Self.maximumNodes else {
            let message = usedAliases
                ? "this file stands for more than \(Self.maximumNodes) values once its aliases are expanded; a lesson needs far fewer (is an anchor repeated inside itself?)"
                : "this file holds more than \(Self.maximumNodes) values; a lesson needs a few hundred"
            throw stop(at: mark, message)
        }
    }

    private mutating func register(_ anchor: String?, _ node: Node, count: Int) {
        if let anchor { anchors[anchor] = (node, count) }
    }

    /// A Yams `Mark`, whose initializer Yams keeps internal. `Mark` is a frozen-layout struct of two
    /// `Int`s (`line`, `column`), so the pair is reinterpreted as one; a test checks the result
    /// against the marks Yams itself makes.
    static func mark(line: Int, column: Int) -> Mark {
        unsafeBitCast(MarkLayout(line: line, column: column), to: Mark.self)
    }

    /// The stored properties of `Yams.Mark`, in order.
    private struct MarkLayout {
        let line: Int
        let column: Int
    }

    private func stop(at mark: Mark, _ message: String) -> Stop {
        Stop(diagnostic: Diagnostic(file: file, line: mark.line, column: mark.column, message: message))
    }
}

extension LessonComposer {
    /// One libyaml event, copied out of libyaml's memory.
    struct Event {
        var type: yaml_event_type_t
        var mark: Mark
        var anchor: String?
        var tagName: Tag.Name
        var scalar = ""
        var style: UInt32 = 0

        var scalarStyle: Node.Scalar.Style { Node.Scalar.Style(rawValue: style) ?? .any }
        var sequenceStyle: Node.Sequence.Style { Node.Sequence.Style(rawValue: style) ?? .any }
        var mappingStyle: Node.Mapping.Style { Node.Mapping.Style(rawValue: style) ?? .any }
    }

    /// Pulls events from a libyaml parser; a parser error stops with its position.
    struct EventSource {
        let parser: UnsafeMutablePointer<yaml_parser_t>
        let file: String
        let bytes: UnsafeBufferPointer<UInt8>

        mutating func next() throws(Stop) -> Event {
            var raw = yaml_event_t()
            guard yaml_parser_parse(parser, &raw) == 1 else { throw Stop(diagnostic: failure()) }
            defer { yaml_event_delete(&raw) }
            let mark = LessonComposer.mark(line: raw.start_mark.line + 1, column: raw.start_mark.column + 1)
            var event = Event(type: raw.type, mark: mark, anchor: nil, tagName: .implicit)
            switch raw.type {
            case YAML_ALIAS_EVENT:
                event.anchor = Self.string(raw.data.alias.anchor)
            case YAML_SCALAR_EVENT:
                let scalar = raw.data.scalar
                event.anchor = Self.string(scalar.anchor)
                event.scalar = scalar.value.map { String(decoding: UnsafeBufferPointer(start: $0, count: scalar.length), as: UTF8.self) } ?? ""
                event.style = scalar.style.rawValue
                if scalar.quoted_implicit == 1 {
                    event.tagName = Tag.Name.str
                } else if scalar.plain_implicit == 0, let tag = Self.string(scalar.tag) {
                    event.tagName = Tag.Name(rawValue: tag)
                }
            case YAML_SEQUENCE_START_EVENT:
                let start = raw.data.sequence_start
                event.anchor = Self.string(start.anchor)
                event.style = start.style.rawValue
                if start.implicit == 0, let tag = Self.string(start.tag) { event.tagName = Tag.Name(rawValue: tag) }
            case YAML_MAPPING_START_EVENT:
                let start = raw.data.mapping_start
                event.anchor = Self.string(start.anchor)
                event.style = start.style.rawValue
                if start.implicit == 0, let tag = Self.string(start.tag) { event.tagName = Tag.Name(rawValue: tag) }
            default:
                break
            }
            return event
        }

        private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
            pointer.map { String(cString: $0) }
        }

        /// The parser's error at its position, in libyaml's words.
        private func failure() -> Diagnostic {
            let state = parser.pointee
            let problem = state.problem.map { String(cString: $0) } ?? "the text cannot be read as YAML"
            if state.error == YAML_READER_ERROR {
                let (line, column) = Self.position(ofByte: state.problem_offset, in: bytes)
                return Diagnostic(file: file, line: line, column: column, message: "YAML: \(problem)")
            }
            if state.error == YAML_MEMORY_ERROR {
                return Diagnostic(file: file, line: 1, column: 1, message: "the YAML reader ran out of memory")
            }
            if problem.hasPrefix("Maximum nesting level reached") {
                // libyaml's own limit (1000 levels), far past ours.
                return Diagnostic(
                    file: file, line: state.problem_mark.line + 1, column: state.problem_mark.column + 1,
                    message: "lists and maps are nested deeper than \(LessonComposer.maximumDepth) levels here")
            }
            let context = state.context.map { String(cString: $0) }
            let detail = context.map { " (\($0) at line \(state.context_mark.line + 1), column \(state.context_mark.column + 1))" } ?? ""
            return Diagnostic(
                file: file, line: state.problem_mark.line + 1, column: state.problem_mark.column + 1,
                message: "YAML syntax: \(problem)\(detail)")
        }

        /// 1-based line and column (in Unicode scalars, as libyaml counts) of byte `offset`.
        static func position(ofByte offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int) {
            var line = 1, column = 1
            for byte in bytes.prefix(offset) {
                if byte == UInt8(ascii: "\n") {
                    line += 1
                    column = 1
                } else if byte & 0xC0 != 0x80 {
                    column += 1
                }
            }
            return (line, column)
        }
    }
}

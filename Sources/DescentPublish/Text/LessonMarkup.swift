/// A lesson's text (a title, goal, caption or run label), which may use the Pango markup that
/// figures draw (`η<sub>0</sub>`, `<i>x</i>`), as the handout, the gallery and bookmarks print it.
///
/// The text is read once into plain runs and the tags Pango knows (`b`, `i`, `s`, `u`, `sub`,
/// `sup`, `small`, `big`, `tt`, `span`). A `<` or `&` that starts no such tag or entity is text,
/// a closing tag that closes nothing is text, and tags left open are closed at the end; so every
/// form is well formed and nothing of the markup leaks into print.
struct LessonMarkup: Sendable, Hashable {
    enum Token: Sendable, Hashable {
        /// Plain text, entities decoded.
        case text(String)
        /// An opening tag: its name and its attributes as written (`foreground="red"`).
        case open(String, attributes: String)
        /// A closing tag.
        case close(String)
    }

    /// The tags kept.
    static let tags: Set<String> = ["b", "i", "s", "u", "sub", "sup", "small", "big", "tt", "span"]
    /// Named entities decoded.
    static let entities = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"]

    /// The text, read.
    let tokens: [Token]

    /// Reads `text`.
    init(_ text: String) {
        var tokens: [Token] = []
        var open: [String] = []
        var plain = ""
        var rest = Substring(text)
        func flush() {
            if !plain.isEmpty { tokens.append(.text(plain)) }
            plain = ""
        }
        while let first = rest.first {
            if first == "<", let end = rest.firstIndex(of: ">") {
                let inside = rest[rest.index(after: rest.startIndex)..<end]
                let closing = inside.hasPrefix("/")
                let body = closing ? inside.dropFirst() : inside
                let name = String(body.prefix { $0.isLetter }).lowercased()
                let attributes = body.dropFirst(name.count)
                let known = Self.tags.contains(name) && (attributes.isEmpty || (!closing && attributes.first == " " && !attributes.contains("<")))
                if known, closing ? open.last == name : true {
                    flush()
                    if closing {
                        open.removeLast()
                        tokens.append(.close(name))
                    } else {
                        open.append(name)
                        tokens.append(.open(name, attributes: String(attributes.drop { $0 == " " })))
                    }
                    rest = rest[rest.index(after: end)...]
                    continue
                }
            }
            if first == "&", let end = rest.prefix(10).firstIndex(of: ";"), let decoded = Self.entity(rest[rest.index(after: rest.startIndex)..<end]) {
                plain.append(decoded)
                rest = rest[rest.index(after: end)...]
                continue
            }
            plain.append(first)
            rest = rest.dropFirst()
        }
        flush()
        tokens += open.reversed().map { .close($0) }
        self.tokens = tokens
    }

    /// The character of an entity's name (`amp`, `#916`, `#x3B7`), or nil.
    static func entity(_ name: Substring) -> Character? {
        if let named = entities[String(name)] { return Character(named) }
        guard name.hasPrefix("#") else { return nil }
        let digits = name.dropFirst()
        let value = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        return value.flatMap(Unicode.Scalar.init).map(Character.init)
    }

    /// Well-formed Pango markup.
    var pango: String {
        tokens.map { token in
            switch token {
            case .text(let text): Markup.escaped(text)
            case .open(let name, let attributes): attributes.isEmpty ? "<\(name)>" : "<\(name) \(attributes)>"
            case .close(let name): "</\(name)>"
            }
        }.joined()
    }

    /// HTML: `sub`, `sup`, `b`, `i`, `s`, `u` and `small` as they are, `tt` as `code`, `big` and
    /// `span` as plain `span` (their Pango attributes have no HTML meaning).
    var html: String {
        let names = ["tt": "code", "big": "span"]
        return tokens.map { token in
            switch token {
            case .text(let text): Markup.escaped(text)
            case .open(let name, _): "<\(names[name] ?? name)>"
            case .close(let name): "</\(names[name] ?? name)>"
            }
        }.joined()
    }

    /// The text without its tags, for PDF bookmarks and image descriptions.
    var plain: String {
        tokens.map { if case .text(let text) = $0 { text } else { "" } }.joined()
    }
}

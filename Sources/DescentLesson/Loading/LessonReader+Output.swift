import Yams

extension LessonReader {
    /// Reads `output: {formats, size, scale, theme, language}`.
    mutating func output(_ node: Node) -> OutputSettings {
        var output = OutputSettings()
        guard let entries = entries(node, "'output'") else { return output }
        rejectUnknownKeys(entries, allowed: LessonFields.names(LessonFields.output), in: "'output'")
        for entry in entries {
            switch entry.key {
            case "formats":
                output.formats = enumList(entry.value, "format", OutputSettings.Format.self)
            case "size":
                if let size = pageSize(entry.value) { output.size = size }
            case "scale":
                if let scale = number(entry.value, LessonFields.scale) { output.scale = scale }
            case "theme":
                if let word = choice(entry.value, "theme", among: OutputSettings.ThemeName.allCases.map(\.rawValue)),
                   let theme = OutputSettings.ThemeName(rawValue: word) {
                    output.theme = theme
                }
            case "language":
                guard let code = string(entry.value, "language") else { continue }
                if Self.isLanguageCode(code) {
                    output.language = code
                } else {
                    error("'language' must be a language code such as 'en' or 'ko', not '\(code)'", at: entry.value)
                }
            default:
                break
            }
        }
        return output
    }

    /// Reads `export: csv` or `export: [csv]`.
    mutating func export(_ node: Node) -> [ExportFormat] {
        enumList(node, "export format", ExportFormat.self)
    }

    /// One word or a list of words, each a case of `T`; repeats are dropped.
    private mutating func enumList<T: RawRepresentable & CaseIterable & Equatable>(_ node: Node, _ what: String, _: T.Type) -> [T] where T.RawValue == String {
        var result: [T] = []
        for item in Self.items(node) {
            guard let word = choice(item, what, among: T.allCases.map(\.rawValue)), let value = T(rawValue: word) else { continue }
            if !result.contains(value) { result.append(value) }
        }
        return result
    }

    /// `slide`, `handout`, `square`, or `{width: 800, height: 450}` in points.
    private mutating func pageSize(_ node: Node) -> OutputSettings.PageSize? {
        guard case .mapping = node else {
            let names = OutputSettings.PageSize.named.keys.sorted()
            return choice(node, "size", among: names).flatMap { OutputSettings.PageSize.named[$0] }
        }
        guard let entries = entries(node, "'size'") else { return nil }
        rejectUnknownKeys(entries, allowed: LessonFields.names(LessonFields.pageSize), in: "'size'")
        var width: Double?, height: Double?
        for entry in entries {
            switch entry.key {
            case "width": width = number(entry.value, LessonFields.width)
            case "height": height = number(entry.value, LessonFields.height)
            default: break
            }
        }
        for key in ["width", "height"] where !entries.contains(where: { $0.key == key }) {
            error("'size' needs '\(key)' in points", at: node)
        }
        guard let width, let height else { return nil }
        return .custom(width: width, height: height)
    }
}

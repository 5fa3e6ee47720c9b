import ArgumentParser
import DescentRender

/// `--format png,svg,pdf`: one or more output formats, comma-separated, each checked against
/// ``OutputFormat``'s cases.
struct FormatList: ExpressibleByArgument {
    /// The formats, in the order given, without repeats.
    var formats: [OutputFormat]

    init?(argument: String) {
        var formats: [OutputFormat] = []
        for name in argument.split(separator: ",", omittingEmptySubsequences: false) {
            guard let format = OutputFormat(rawValue: name.trimmingCharacters(in: .whitespaces).lowercased()) else { return nil }
            if !formats.contains(format) { formats.append(format) }
        }
        guard !formats.isEmpty else { return nil }
        self.formats = formats
    }

    static var allValueStrings: [String] { OutputFormat.allCases.map(\.rawValue) }
    static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
}

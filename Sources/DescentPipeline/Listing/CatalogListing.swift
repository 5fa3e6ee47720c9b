import Foundation

import DescentLesson
import DescentNumerics

/// The text of `descent list`: every surface, optimizer, schedule and figure kind, each with its
/// parameters (default, range and PyTorch's name), or one entry in full with its rule.
public enum CatalogListing {
    /// The section names, in order.
    public static let sections = ["surfaces", "optimizers", "schedules", "figures"]

    /// All sections, or only the one named (`surfaces`, `optimizers`, `schedules`, `figures`,
    /// or a prefix of one). Nil when `section` names none.
    public static func text(section: String? = nil) -> String? {
        var chosen = sections
        if let section {
            chosen = sections.filter { $0.hasPrefix(section.lowercased()) }
            if chosen.isEmpty || section.isEmpty { return nil }
        }
        return chosen.map(sectionText).joined(separator: "\n\n") + "\n"
    }

    /// `descent list NAME`: one optimizer, schedule or surface in full (its aliases, whether
    /// PyTorch has it, every parameter with its summary, and its rule); nil when no catalog
    /// knows the name.
    public static func entry(named name: String) -> String? {
        if let entry = Optimizers.catalog.entry(named: name) { return detail(entry, kind: "optimizer") }
        if let entry = Schedules.catalog.entry(named: name) { return detail(entry, kind: "schedule") }
        if let entry = Surfaces.catalog.entry(named: name) { return detail(entry, kind: "surface") }
        return nil
    }

    /// The closest names any catalog knows, for an error message.
    public static func suggestion(for name: String) -> String? {
        Suggestion.closest(to: name, among: sections + Optimizers.catalog.allNames + Schedules.catalog.allNames + Surfaces.catalog.allNames)
    }

    private static func sectionText(_ section: String) -> String {
        switch section {
        case "surfaces": return catalogText(section, Surfaces.catalog)
        case "optimizers": return catalogText(section, Optimizers.catalog)
        case "schedules": return catalogText(section, Schedules.catalog)
        default: return catalogText(section, FigureKinds.catalog)
        }
    }

    private static func catalogText<P>(_ title: String, _ catalog: Catalog<P>) -> String {
        var lines = [title + ":"]
        for entry in catalog.entries {
            lines.append("  " + headline(entry))
            lines += parameterTable(entry, indent: "      ")
        }
        return lines.joined(separator: "\n")
    }

    /// `adam  summary (Adam)`, with `[not in PyTorch]` where PyTorch lacks it.
    private static func headline<P>(_ entry: CatalogEntry<P>) -> String {
        let aliases = entry.aliases.isEmpty ? "" : " (" + entry.aliases.joined(separator: ", ") + ")"
        return entry.name + "  " + entry.summary + aliases + (entry.inPyTorch ? "" : " [not in PyTorch]")
    }

    /// One row per parameter: name, default, range, PyTorch's name.
    private static func parameterTable<P>(_ entry: CatalogEntry<P>, indent: String) -> [String] {
        let rows = entry.parameters.map { spec in
            [spec.name, "default " + defaultText(spec), rangeText(spec), pytorchName(spec, entry: entry)]
        }
        guard !rows.isEmpty else { return [] }
        let widths = (0..<3).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            indent + (0..<3).map { pad(row[$0], widths[$0] + 2) }.joined() + row[3]
        }
    }

    private static func detail<P>(_ entry: CatalogEntry<P>, kind: String) -> String {
        var lines = ["\(entry.name) (\(kind))", "  " + entry.summary]
        if !entry.aliases.isEmpty { lines.append("  also: " + entry.aliases.joined(separator: ", ")) }
        if !entry.inPyTorch { lines.append("  not in PyTorch") }
        if !entry.parameters.isEmpty {
            lines.append("")
            lines.append("parameters:")
            lines += parameterTable(entry, indent: "  ")
            for spec in entry.parameters { lines.append("  " + spec.name + ": " + spec.summary) }
        }
        if !entry.rule.isEmpty {
            lines.append("")
            lines.append("rule:")
            lines += entry.rule.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func defaultText(_ spec: ParameterSpec) -> String {
        spec.defaultValue.map(\.description) ?? "from the run"
    }

    /// The values a parameter takes: `[0, 1]`, `>= 0`, `true or false`, `cos | linear`, ...
    private static func rangeText(_ spec: ParameterSpec) -> String {
        let interval = spec.range.map(intervalText) ?? "any"
        switch spec.kind {
        case .number: return interval
        case .integer: return "whole, " + interval
        case .boolean: return "true or false"
        case .choice(let options): return options.joined(separator: " | ")
        case .numbers(let count): return (count.map { "\($0) numbers" } ?? "numbers") + ", each " + interval
        case .text: return "text"
        case .texts: return "list of names"
        case .countOrNumbers: return "a count, " + interval + ", or a list of numbers"
        }
    }

    private static func intervalText(_ range: ClosedRange<Double>) -> String {
        let low = range.lowerBound, high = range.upperBound
        if high == .infinity { return ">= " + number(low) }
        if high == (1.0).nextDown { return "[\(number(low)), 1)" }
        return "[\(number(low)), \(number(high))]"
    }

    private static func number(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : v.formatted17
    }

    /// PyTorch's name for the parameter: its own, or `-` where PyTorch has none.
    private static func pytorchName<P>(_ spec: ParameterSpec, entry: CatalogEntry<P>) -> String {
        entry.inPyTorch && spec.inPyTorch ? "PyTorch: " + spec.name : "not in PyTorch"
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.padding(toLength: max(width, text.count), withPad: " ", startingAt: 0)
    }
}

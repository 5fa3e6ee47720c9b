import Foundation

import DescentLesson
import DescentNumerics

/// The text of `descent list`: every surface, optimizer, schedule and figure kind, one line each.
public enum CatalogListing {
    /// All sections, or only the one named (`surfaces`, `optimizers`, `schedules`, `figures`).
    public static func text(section: String? = nil) -> String {
        var sections: [(String, [(String, String)])] = [
            ("surfaces", rows(Surfaces.catalog)),
            ("optimizers", rows(Optimizers.catalog)),
            ("schedules", rows(Schedules.catalog)),
            ("figures", rows(FigureKinds.catalog)),
        ]
        if let section { sections = sections.filter { $0.0.hasPrefix(section.lowercased()) } }
        return sections.map { title, rows in
            let width = rows.map(\.0.count).max() ?? 0
            let lines = rows.map { name, summary in "  " + name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + summary }
            return ([title + ":"] + lines).joined(separator: "\n")
        }.joined(separator: "\n\n") + "\n"
    }

    private static func rows<P>(_ catalog: Catalog<P>) -> [(String, String)] {
        catalog.entries.map { entry in
            let aliases = entry.aliases.isEmpty ? "" : " (" + entry.aliases.joined(separator: ", ") + ")"
            return (entry.name, entry.summary + aliases)
        }
    }
}

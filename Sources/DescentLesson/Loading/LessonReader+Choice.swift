import DescentNumerics
import Yams

/// A catalog choice as the file states it, with the nodes that problems point at.
struct LocatedChoice {
    /// The name and values.
    var choice: CatalogChoice
    /// The node holding the name (or the whole map when the name is missing).
    var nameNode: Node
    /// The node of each parameter's value.
    var valueNodes: [String: Node]
}

extension LessonReader {
    /// A schedule-like choice: a name, or a map with `name` and the entry's parameters beside it.
    ///
    /// Names are replaced by their canonical spelling when the catalog knows them; the catalog
    /// reports unknown names and parameters later, when the choice is built.
    mutating func namedChoice<Product>(_ node: Node, _ key: String, in catalog: Catalog<Product>) -> LocatedChoice? {
        if case .mapping = node {
            guard let entries = entries(node, "'\(key)'") else { return nil }
            guard let nameEntry = entries.first(where: { $0.key == "name" }) else {
                error("'\(key)' needs a 'name': one of the \(catalog.kind)s of `descent list`", at: node)
                return nil
            }
            guard let name = string(nameEntry.value, "name") else { return nil }
            var parameters: [String: ParameterValue] = [:]
            var nodes: [String: Node] = [:]
            for entry in entries where entry.key != "name" {
                nodes[entry.key] = entry.value
                if let value = parameterValue(entry.value, entry.key) { parameters[entry.key] = value }
            }
            return LocatedChoice(choice: CatalogChoice(name: catalog.entry(named: name)?.name ?? name, parameters: parameters), nameNode: nameEntry.value, valueNodes: nodes)
        }
        guard let name = string(node, key) else { return nil }
        return LocatedChoice(choice: CatalogChoice(name: catalog.entry(named: name)?.name ?? name), nameNode: node, valueNodes: [:])
    }
}

import DescentNumerics
import Yams

/// The surface section as read: the choice, the built surface, and the default gradient noise.
struct ReadSurface {
    var choice: SurfaceChoice
    var surface: any Surface
    var noise: Double
}

extension LessonReader {
    /// Reads `surface:` (a name, or a map with `name` or `expression`) and builds it once.
    mutating func surface(_ node: Node) -> ReadSurface? {
        guard case .mapping = node else {
            guard let located = namedChoice(node, "surface", in: catalogs.surfaces) else { return nil }
            return built(SurfaceChoice(source: .named(located.choice)), noise: 0, located: located)
        }
        guard let entries = entries(node, "'surface'") else { return nil }
        let byKey = Dictionary(entries.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        switch (byKey["name"], byKey["expression"]) {
        case (nil, nil):
            error("'surface' needs a 'name' (a catalog surface) or an 'expression' (a formula in x and y)", at: node)
            return nil
        case (.some, .some(let expression)):
            error("'surface' takes a 'name' or an 'expression', not both", at: expression.keyNode)
            return nil
        case (.some(let nameEntry), nil):
            return namedSurface(entries, nameEntry: nameEntry)
        case (nil, .some(let expressionEntry)):
            return expressionSurface(entries, expressionEntry: expressionEntry)
        }
    }

    /// `{name: ravine, condition: 25, l2: 0.1}`: keys the entry takes are its parameters (a data
    /// surface's own `noise` wins over the modifier of that name); the rest must be modifiers.
    private mutating func namedSurface(_ entries: [Entry], nameEntry: Entry) -> ReadSurface? {
        guard let name = string(nameEntry.value, "name") else { return nil }
        let entry = catalogs.surfaces.entry(named: name)
        let modifiers = ["l1", "l2", "noise"]
        var parameters: [String: ParameterValue] = [:]
        var nodes: [String: Node] = [:]
        var modifierEntries: [Entry] = []
        for item in entries where item.key != "name" {
            if modifiers.contains(item.key) && entry?.parameter(item.key) == nil {
                modifierEntries.append(item)
                continue
            }
            if item.key == "parameters" || item.key == "expression" {
                error("'\(item.key)' belongs to formula surfaces ('expression'); a named surface takes its parameters beside 'name'", at: item.keyNode)
                continue
            }
            if let entry, entry.parameter(item.key) == nil {
                let known = entry.parameters.map(\.name) + modifiers + ["name"]
                error(Self.unknownKey(item.key, among: known, in: "surface '\(entry.name)'"), at: item.keyNode)
                continue
            }
            nodes[item.key] = item.value
            if let value = parameterValue(item.value, item.key) { parameters[item.key] = value }
        }
        let located = LocatedChoice(choice: CatalogChoice(name: entry?.name ?? name, parameters: parameters), nameNode: nameEntry.value, valueNodes: nodes)
        let (l1, l2, noise) = surfaceModifiers(modifierEntries)
        return built(SurfaceChoice(source: .named(located.choice), l1: l1, l2: l2), noise: noise, located: located)
    }

    /// `{expression: "a*x^2 + y^2", parameters: {a: 1}, l1: 0.1}`.
    private mutating func expressionSurface(_ entries: [Entry], expressionEntry: Entry) -> ReadSurface? {
        let allowed = ["expression", "parameters", "l1", "l2", "noise"]
        rejectUnknownKeys(entries, allowed: allowed, in: "a formula surface")
        guard let formula = string(expressionEntry.value, "expression") else { return nil }
        var parameters: [String: ParameterValue] = [:]
        var nodes: [String: Node] = [SurfaceChoice.expressionEntry: expressionEntry.value]
        if let parametersEntry = entries.first(where: { $0.key == "parameters" }), let items = self.entries(parametersEntry.value, "'parameters'") {
            for item in items {
                guard let value = number(item.value, item.key) else { continue }
                parameters[item.key] = .number(value)
                nodes[item.key] = item.value
            }
        }
        let choice = SurfaceChoice(source: .expression(formula, parameters: parameters))
        let located = LocatedChoice(choice: choice.catalogChoice, nameNode: expressionEntry.value, valueNodes: nodes)
        let (l1, l2, noise) = surfaceModifiers(entries.filter { ["l1", "l2", "noise"].contains($0.key) })
        return built(SurfaceChoice(source: choice.source, l1: l1, l2: l2), noise: noise, located: located)
    }

    /// `l1`, `l2` and `noise`: each a number >= 0, default 0.
    private mutating func surfaceModifiers(_ entries: [Entry]) -> (l1: Double, l2: Double, noise: Double) {
        var values = ["l1": 0.0, "l2": 0.0, "noise": 0.0]
        for entry in entries {
            if let value = nonNegativeNumber(entry.value, entry.key) { values[entry.key] = value }
        }
        return (values["l1", default: 0], values["l2", default: 0], values["noise", default: 0])
    }

    private mutating func built(_ choice: SurfaceChoice, noise: Double, located: LocatedChoice) -> ReadSurface? {
        guard let surface = build(located.choice, in: catalogs.surfaces, context: BuildContext(), nameNode: located.nameNode, valueNodes: located.valueNodes) else {
            return nil
        }
        return ReadSurface(choice: choice, surface: surface, noise: noise)
    }

    /// Reads `domain: {x: [min, max], y: [min, max]}`.
    mutating func domain(_ node: Node) -> Domain? {
        guard let entries = entries(node, "'domain'") else { return nil }
        rejectUnknownKeys(entries, allowed: LessonFields.names(LessonFields.domain), in: "'domain'")
        var x: ClosedRange<Double>?, y: ClosedRange<Double>?
        for entry in entries {
            switch entry.key {
            case "x": x = interval(entry.value, "x")
            case "y": y = interval(entry.value, "y")
            default: break
            }
        }
        for key in ["x", "y"] where !entries.contains(where: { $0.key == key }) {
            error("'domain' needs '\(key)': [min, max]", at: node)
        }
        guard let x, let y else { return nil }
        return Domain(x: x, y: y)
    }
}

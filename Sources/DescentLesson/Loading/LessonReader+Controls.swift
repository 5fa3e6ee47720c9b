import DescentNumerics
import Yams

extension LessonReader {
    /// The lesson keys a control may set at the top of the file (besides `schedule.<key>`).
    static let lessonControlKeys = ["steps", "seed", "start"]
    /// The run keys a control may set (besides the optimizer's parameters and `schedule.<key>`).
    static let runControlKeys = ["lr", "steps", "seed", "start"]

    /// Reads `controls:`, a list of maps, against the file's nodes (`root`): each `set` must name
    /// a number the file writes (or an optimizer parameter it leaves at its default), within the
    /// key's own range; `domain` bounds a clicked start point.
    mutating func controls(_ node: Node, root: Node, domain: Domain) -> [LessonControl] {
        guard let items = list(node, "controls") else { return [] }
        var controls: [LessonControl] = []
        for item in items {
            guard let control = control(item, root: root, domain: domain) else { continue }
            if controls.contains(where: { $0.name == control.name }) {
                error("two controls set '\(control.name)'", at: item)
                continue
            }
            controls.append(control)
        }
        return controls
    }

    /// What a `set` path names: where it is in the file, the node there (nil when the file
    /// leaves the key out), and the key's spec.
    private struct ControlTarget {
        var path: [LessonSource.Step]
        var node: Node?
        var spec: ParameterSpec?
        var key: String
        var index: Int?
    }

    private mutating func control(_ node: Node, root: Node, domain: Domain) -> LessonControl? {
        guard let entries = entries(node, "a control") else { return nil }
        rejectUnknownKeys(entries, allowed: LessonFields.names(LessonFields.control), in: "a control")
        let byKey = Dictionary(entries.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        guard let setEntry = byKey["set"] else {
            error("a control needs 'set', the value it changes, such as 'runs.sgd.lr' or 'start'", at: node)
            return nil
        }
        guard let name = string(setEntry.value, "set"), let target = target(name, at: setEntry.value, root: root) else { return nil }
        let label = byKey["label"].flatMap { text($0.value, "label") }
        let isInteger = target.spec?.kind == .integer

        if let by = byKey["by"] {
            guard let how = string(by.value, "by") else { return nil }
            guard how == "click" else {
                error("'by' may only be 'click' (a start point picked on the map), not '\(how)'; a slider needs 'min' and 'max'", at: by.value)
                return nil
            }
            guard target.key == "start", target.index == nil else {
                error("only 'start' is picked by click, not '\(name)'", at: by.value)
                return nil
            }
            for key in ["min", "max", "scale", "step"] where byKey[key] != nil {
                error("'\(key)' belongs to a slider; a clicked start point lies in the lesson's domain", at: byKey[key]!.keyNode)
            }
            guard let pointNode = target.node, let point = point(pointNode, "start") else {
                error("'\(name)' is picked on the map, so the lesson must write one start point [x, y] there", at: setEntry.value)
                return nil
            }
            return LessonControl(name: name, path: target.path, value: [point.x, point.y], isInteger: false, input: .click(domain: domain), label: label)
        }
        if target.key == "start" && target.index == nil {
            error("a start point is picked on the map: add 'by: click'", at: setEntry.value)
            return nil
        }
        guard let minEntry = byKey["min"], let maxEntry = byKey["max"] else {
            error("a slider needs 'min' and 'max' (or 'by: click' for the start point)", at: node)
            return nil
        }
        guard let min = number(minEntry.value, "min", in: target.spec?.range),
              let max = number(maxEntry.value, "max", in: target.spec?.range) else { return nil }
        guard min < max else {
            error("'min' must be below 'max', not \(min.formatted17) and \(max.formatted17)", at: maxEntry.value)
            return nil
        }
        if target.key == "lr", min <= 0 {
            error("a learning rate is positive: 'min' must be above 0", at: minEntry.value)
            return nil
        }
        var scale = LessonControl.Scale.linear
        if let entry = byKey["scale"] {
            guard let word = string(entry.value, "scale") else { return nil }
            guard let chosen = LessonControl.Scale(rawValue: word) else {
                error(Self.unknownKey(word, among: LessonControl.Scale.allCases.map(\.rawValue), in: "'scale'").replacingOccurrences(of: "unknown key", with: "unknown scale"), at: entry.value)
                return nil
            }
            scale = chosen
        }
        if scale == .log, min <= 0 {
            error("a log slider needs 'min' above 0, not \(min.formatted17)", at: minEntry.value)
            return nil
        }
        let step = byKey["step"].flatMap { positiveNumber($0.value, "step") }
        if isInteger, min.rounded() != min || max.rounded() != max {
            error("'\(name)' is a whole number, so 'min' and 'max' must be whole numbers", at: node)
            return nil
        }
        guard let value = sliderValue(target, name: name, at: setEntry.value) else { return nil }
        let control = LessonControl(
            name: name, path: target.path, value: [value.number], isInteger: isInteger, missingValue: value.missing,
            input: .slider(min: min, max: max, scale: scale, step: step ?? (isInteger ? 1 : nil)), label: label
        )
        if let problem = control.problem(control.value) {
            error("the lesson's own value does not fit the control: \(problem)", at: setEntry.value)
            return nil
        }
        return control
    }

    /// The number a slider starts at: the file's, or the key's default when the file leaves an
    /// optimizer parameter out (with the whole default value, which setting the control writes).
    private mutating func sliderValue(_ target: ControlTarget, name: String, at node: Node) -> (number: Double, missing: [Double]?)? {
        guard let found = target.node else {
            switch (target.spec?.defaultValue, target.index) {
            case (.number(let value)?, nil):
                return (value, [value])
            case (.list(let items)?, let index?) where items.indices.contains(index):
                let numbers = items.compactMap { item -> Double? in if case .number(let v) = item { v } else { nil } }
                guard numbers.count == items.count else { break }
                return (numbers[index], numbers)
            default:
                break
            }
            error("'\(name)' is not written in the lesson; write its value there first", at: node)
            return nil
        }
        var valueNode = found
        if let index = target.index {
            guard case .sequence(let items) = found, items.indices.contains(index) else {
                error("'\(name)' names item \(index) of '\(target.key)', which is not a list with that many items", at: node)
                return nil
            }
            valueNode = items[index]
        }
        guard case .scalar(let scalar) = valueNode, scalar.style == .plain || scalar.style == .any,
              case .number(let number) = Self.scalar(valueNode) else {
            error("'\(name)' must name one number the lesson writes (not a list, a sweep or text)", at: node)
            return nil
        }
        return (number, nil)
    }

    /// Resolves a `set` path (`runs.<id>.<key>[.<index>]`, `runs.<id>.schedule.<key>`, or a
    /// lesson key) to the file's nodes, or nil (and an error with the closest run id or key).
    private mutating func target(_ name: String, at node: Node, root: Node) -> ControlTarget? {
        var scope: [LessonSource.Step] = []
        var scopeNode = root
        var optimizer: String?
        var rest = name
        if name.hasPrefix("runs.") {
            let afterRuns = String(name.dropFirst("runs.".count))
            guard let runs = Self.child(root, "runs"), case .sequence(let items) = runs else { return nil }
            let ids = items.map(Self.runID)
            let matches = ids.enumerated().filter { _, id in id.map { afterRuns.hasPrefix($0 + ".") } ?? false }
            guard let (index, id) = matches.max(by: { ($0.1?.count ?? 0) < ($1.1?.count ?? 0) }), let id else {
                let wanted = afterRuns.split(separator: ".").first.map(String.init) ?? afterRuns
                let known = ids.compactMap { $0 }
                let hint = Suggestion.closest(to: wanted, among: known).map { "; did you mean '\($0)'?" }
                    ?? "; the runs are \(known.map { "'\($0)'" }.joined(separator: ", "))"
                error("no run has the id '\(wanted)'\(hint)", at: node)
                return nil
            }
            scope = ["runs", .index(index)]
            scopeNode = items[index]
            optimizer = Self.child(scopeNode, "optimizer").flatMap { if case .scalar(let s) = $0 { s.string } else { nil } }
            rest = String(afterRuns.dropFirst(id.count + 1))
        }
        var parts = rest.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        var index: Int?
        if parts.count > 1, let last = parts.last, let number = Int(last), number >= 0 {
            index = number
            parts.removeLast()
        }
        if parts.count == 2, parts[0] == "schedule" {
            guard let schedule = Self.child(scopeNode, "schedule"), case .mapping = schedule,
                  let scheduleName = Self.child(schedule, "name").flatMap({ if case .scalar(let s) = $0 { s.string } else { nil } }) else {
                error("'\(name)' sets a schedule parameter, so the \(optimizer == nil ? "lesson" : "run") must write its schedule as a map {name: ..., \(parts[1]): ...}", at: node)
                return nil
            }
            let entry = catalogs.schedules.entry(named: scheduleName)
            guard let spec = entry?.parameter(parts[1]) else {
                let known = entry?.parameters.map(\.name) ?? []
                error(Self.unknownKey(parts[1], among: known, in: "the schedule '\(scheduleName)'"), at: node)
                return nil
            }
            return ControlTarget(path: scope + ["schedule", .key(parts[1])] + (index.map { [.index($0)] } ?? []), node: Self.child(schedule, parts[1]), spec: spec, key: parts[1], index: index)
        }
        let key = parts.joined(separator: ".")
        if index != nil, key == "lr" || key == "start" {
            error("'\(name)': a control sets the whole '\(key)', not an item of it", at: node)
            return nil
        }
        let parameterSpecs = optimizer.flatMap { catalogs.optimizers.entry(named: $0)?.parameters } ?? []
        let allowed = (optimizer == nil ? Self.lessonControlKeys : Self.runControlKeys + parameterSpecs.map(\.name)) + ["schedule.<key>"]
        guard allowed.contains(key), key != "schedule.<key>" else {
            error(Self.unknownKey(key, among: allowed, in: "what a control sets").replacingOccurrences(of: "unknown key", with: "a control cannot set"), at: node)
            return nil
        }
        let spec: ParameterSpec? = switch key {
        case "steps": LessonFields.steps
        case "seed": LessonFields.seed
        case "lr", "start": nil
        default: parameterSpecs.first { $0.name == key }
        }
        let valueNode = Self.child(scopeNode, key)
        if valueNode == nil, spec == nil || ["steps", "seed"].contains(key) {
            error("'\(name)' is not written in the \(optimizer == nil ? "lesson" : "run"); write its value there first", at: node)
            return nil
        }
        return ControlTarget(path: scope + [.key(key)] + (index.map { [.index($0)] } ?? []), node: valueNode, spec: spec, key: key, index: index)
    }

    /// The value of `key` in the map `node`, if it has one.
    private static func child(_ node: Node, _ key: String) -> Node? {
        guard case .mapping(let mapping) = node else { return nil }
        return mapping.first { $0.key.string == key }?.value
    }

    /// A run item's id as the file gives it: its `id`, else its optimizer's name.
    private static func runID(_ node: Node) -> String? {
        let idNode = child(node, "id") ?? child(node, "optimizer")
        guard case .scalar(let scalar)? = idNode else { return nil }
        return scalar.string
    }
}

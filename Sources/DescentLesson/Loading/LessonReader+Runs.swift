import Foundation
import DescentNumerics
import Yams

/// Settings every run has, given once for the lesson and overridden per run.
struct RunSettings {
    var starts: [Vec2]
    var startNode: Node?
    var steps = LessonFields.integerDefault(LessonFields.steps)
    var stepsPerEpoch = LessonFields.integerDefault(LessonFields.stepsPerEpoch)
    var seed = UInt64(LessonFields.integerDefault(LessonFields.seed))
    var seeds = LessonFields.integerDefault(LessonFields.seeds)
    var batchSize: Int?
    var noise = 0.0
    var schedule: LocatedChoice

    /// The keys that set these, at the top of the lesson and in a run (`noise` only in a run;
    /// the lesson-wide noise belongs to the surface).
    static let lessonKeys = ["start", "steps", "steps_per_epoch", "seed", "seeds", "batch_size", "schedule"]
    static let runKeys = lessonKeys + ["noise"]
}

/// A run read from the file, before ids are made unique and before it is built.
struct PendingRun {
    var plan: RunPlan
    /// The id the lesson gives, with its node, or nil when the id is made from the optimizer.
    var explicitID: (String, Node)?
    var optimizer: LocatedChoice
    var schedule: LocatedChoice
    /// The node of the run's start points when the lesson gives them.
    var startNode: Node?
}

extension LessonReader {
    /// Applies one lesson-wide or per-run setting; false when `entry` is not a setting.
    mutating func apply(_ key: String, _ node: Node, to settings: inout RunSettings) -> Bool {
        switch key {
        case "start":
            if let starts = points(node, "start") {
                settings.starts = starts
                settings.startNode = node
            }
        case "steps":
            if let v = integer(node, LessonFields.steps) { settings.steps = v }
        case "steps_per_epoch":
            if let v = integer(node, LessonFields.stepsPerEpoch) { settings.stepsPerEpoch = v }
        case "seed":
            if let v = integer(node, LessonFields.seed) { settings.seed = UInt64(v) }
        case "seeds":
            if let v = integer(node, LessonFields.seeds) { settings.seeds = v }
        case "batch_size":
            if let v = integer(node, LessonFields.batchSize) { settings.batchSize = v }
        case "noise":
            if let v = nonNegativeNumber(node, key) { settings.noise = v }
        case "schedule":
            if let choice = namedChoice(node, key, in: catalogs.schedules) { settings.schedule = choice }
        default:
            return false
        }
        return true
    }

    /// Reads `runs:` into plans, expanding sweeps and making ids unique.
    mutating func runs(_ node: Node, defaults: RunSettings) -> [PendingRun] {
        guard let items = list(node, "runs") else { return [] }
        if items.isEmpty { error("'runs' needs at least one run, such as {optimizer: sgd, lr: 0.1}", at: node) }
        var pending = items.flatMap { run($0, defaults: defaults) }
        assignIDs(&pending)
        return pending
    }

    /// One entry of `runs:`: one plan, or one per value of its sweep.
    private mutating func run(_ node: Node, defaults: RunSettings) -> [PendingRun] {
        guard let entries = entries(node, "a run") else { return [] }
        guard let optimizerEntry = entries.first(where: { $0.key == "optimizer" }) else {
            error("a run needs an 'optimizer', such as {optimizer: sgd, lr: 0.1}", at: node)
            return []
        }
        guard let name = string(optimizerEntry.value, "optimizer") else { return [] }
        let catalogEntry = catalogs.optimizers.entry(named: name)
        let runKeys = LessonFields.names(LessonFields.run)

        // Keys that are neither run keys nor the optimizer's parameters.
        var parameterKeys: [String] = []
        for entry in entries where !runKeys.contains(entry.key) {
            if let catalogEntry, catalogEntry.parameter(entry.key) == nil {
                let known = runKeys + catalogEntry.parameters.map(\.name)
                let message = Suggestion.closest(to: entry.key, among: known).map { "unknown key '\(entry.key)'; did you mean '\($0)'?" }
                    ?? catalogs.optimizers.problems(name: name, values: [entry.key: .boolean(true)]).first?.message
                    ?? Self.unknownKey(entry.key, among: known, in: "a run")
                error(message, at: entry.keyNode)
                continue
            }
            parameterKeys.append(entry.key)
        }

        // At most one key may be swept.
        let sweeps = entries.filter { entry in
            guard case .sequence = entry.value else { return false }
            if entry.key == "lr" || LessonFields.sweepableRunKeys.contains(entry.key) { return true }
            guard let spec = catalogEntry?.parameter(entry.key) else { return false }
            return Self.isSweep(entry.value, of: spec)
        }
        for extra in sweeps.dropFirst() {
            error("a run may sweep over one key only, but '\(sweeps[0].key)' and '\(extra.key)' are both lists; split it into two runs", at: extra.value)
        }
        let sweep = sweeps.first
        let values: [Node?] = sweep.map { Self.items($0.value).map { Optional($0) } } ?? [nil]
        if let sweep, values.isEmpty { error("the sweep over '\(sweep.key)' needs at least one value", at: sweep.value) }

        var result: [PendingRun] = []
        for (index, value) in values.enumerated() {
            var nodes = Dictionary(entries.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
            var member: SweepMember?
            if let sweep, let value {
                nodes[sweep.key] = value
                member = parameterValue(value, sweep.key).map { SweepMember(group: "", key: sweep.key, value: $0, index: index) }
            }
            if let plan = pendingRun(nodes: nodes, node: node, optimizerNode: optimizerEntry.value, name: catalogEntry?.name ?? name,
                                      displayName: catalogEntry?.displayName ?? name, parameterKeys: parameterKeys, sweep: member, defaults: defaults) {
                result.append(plan)
            }
        }
        return result
    }

    /// A list given for a parameter is a sweep unless the parameter itself takes a list
    /// (`betas: [0.9, 0.999]`); a list of such lists is a sweep of it.
    static func isSweep(_ node: Node, of spec: ParameterSpec) -> Bool {
        guard case .sequence(let sequence) = node else { return false }
        if case .numbers = spec.kind {
            guard let first = sequence.first, case .sequence = first else { return false }
        }
        return true
    }

    private mutating func pendingRun(
        nodes: [String: Node], node: Node, optimizerNode: Node, name: String, displayName: String,
        parameterKeys: [String], sweep: SweepMember?, defaults: RunSettings
    ) -> PendingRun? {
        var settings = defaults
        for key in RunSettings.runKeys {
            if let value = nodes[key] { _ = apply(key, value, to: &settings) }
        }
        var parameters: [String: ParameterValue] = [:]
        var parameterNodes: [String: Node] = [:]
        for key in parameterKeys {
            guard let value = nodes[key] else { continue }
            parameterNodes[key] = value
            if let parsed = parameterValue(value, key) { parameters[key] = parsed }
        }
        let learningRate = self.learningRate(nodes["lr"], search: nodes["lr_auto"], run: node)
        let label = nodes["label"].flatMap { text($0, "label") }
        let color = nodes["color"].flatMap { self.color($0) }
        var explicitID: (String, Node)?
        if let idNode = nodes["id"], let id = string(idNode, "id") {
            if Self.isFileSafe(id) {
                explicitID = (id, idNode)
            } else {
                error("'id' may use only letters, digits, '.', '_' and '-', not '\(id)'", at: idNode)
            }
        }
        guard let learningRate else {
            // Without a rate the run cannot be built, but its names and values can still be checked.
            report(catalogs.optimizers.problems(name: name, values: parameters), nameNode: optimizerNode, valueNodes: parameterNodes)
            let schedule = settings.schedule
            report(catalogs.schedules.problems(name: schedule.choice.name, values: schedule.choice.parameters), nameNode: schedule.nameNode, valueNodes: schedule.valueNodes)
            return nil
        }

        var member = sweep
        let group = explicitID?.0 ?? name
        member?.group = group
        let id = member.map { "\(group)-\($0.key)-\(Self.idFragment($0.value))" } ?? group
        var fullLabel = label ?? LocalizedText(displayName)
        if let member {
            let value = Self.compact(member.value)
            fullLabel = fullLabel.map { text in
                text.contains("{value}") ? text.replacingOccurrences(of: "{value}", with: value) : "\(text), \(member.key) = \(value)"
            }
        }
        let plan = RunPlan(
            id: id, label: fullLabel, optimizer: CatalogChoice(name: name, parameters: parameters), learningRate: learningRate,
            schedule: settings.schedule.choice, starts: settings.starts, steps: settings.steps, stepsPerEpoch: settings.stepsPerEpoch,
            seed: settings.seed, seeds: settings.seeds, batchSize: settings.batchSize, noise: settings.noise, color: color, sweep: member
        )
        let optimizer = LocatedChoice(choice: plan.optimizer, nameNode: optimizerNode, valueNodes: parameterNodes)
        return PendingRun(plan: plan, explicitID: member == nil ? explicitID : nil, optimizer: optimizer, schedule: settings.schedule, startNode: settings.startNode)
    }

    /// `lr: 0.1`, or `lr: auto` with an optional `lr_auto: {min, max, points, criterion}`.
    private mutating func learningRate(_ node: Node?, search: Node?, run: Node) -> LearningRate? {
        guard let node else {
            error("a run needs a learning rate 'lr': a number, a list of numbers (a sweep) or auto", at: run)
            return nil
        }
        if case .text(let word) = Self.scalar(node), word == "auto" {
            guard let search else { return .auto(LearningRateSearch()) }
            return learningRateSearch(search).map(LearningRate.auto)
        }
        if let search {
            error("'lr_auto' applies only to lr: auto", at: search)
        }
        if case .text = Self.scalar(node) {
            error("'lr' must be a positive number or auto, not \(Self.describe(node))", at: node)
            return nil
        }
        return positiveNumber(node, "lr").map(LearningRate.fixed)
    }

    private mutating func learningRateSearch(_ node: Node) -> LearningRateSearch? {
        guard let entries = entries(node, "'lr_auto'") else { return nil }
        rejectUnknownKeys(entries, allowed: LessonFields.names(LessonFields.learningRateSearch), in: "'lr_auto'")
        var search = LearningRateSearch()
        var valid = true
        for entry in entries {
            switch entry.key {
            case "min": if let v = positiveNumber(entry.value, "min") { search.min = v } else { valid = false }
            case "max": if let v = positiveNumber(entry.value, "max") { search.max = v } else { valid = false }
            case "points": if let v = integer(entry.value, LessonFields.points) { search.points = v } else { valid = false }
            case "criterion":
                if let word = choice(entry.value, "criterion", among: LearningRateSearch.Criterion.allCases.map(\.rawValue)),
                   let criterion = LearningRateSearch.Criterion(rawValue: word) {
                    search.criterion = criterion
                } else {
                    valid = false
                }
            default: break
            }
        }
        if valid, search.min >= search.max {
            error("'lr_auto' needs min < max, not min \(search.min.formatted17) and max \(search.max.formatted17)", at: node)
            return nil
        }
        return valid ? search : nil
    }

    /// `"#D55E00"` (or `"#D50"`) as `0xD55E00`.
    private mutating func color(_ node: Node) -> UInt32? {
        if case .null = Self.scalar(node) {
            error("'color' needs a value; quote it, \"#D55E00\", since # starts a YAML comment", at: node)
            return nil
        }
        guard let text = string(node, "color") else { return nil }
        var digits = text.hasPrefix("#") ? String(text.dropFirst()) : text
        if digits.count == 3 { digits = digits.map { "\($0)\($0)" }.joined() }
        guard digits.count == 6, let value = UInt32(digits, radix: 16) else {
            error("'color' must be a hex color such as \"#D55E00\", not '\(text)'", at: node)
            return nil
        }
        return value
    }

    /// Makes ids unique: an id the lesson gives twice is an error; a made-up id that is taken gets
    /// `-2`, `-3`, ... in file order.
    private mutating func assignIDs(_ pending: inout [PendingRun]) {
        var explicit: [String: Node] = [:]
        for run in pending {
            guard let (id, node) = run.explicitID else { continue }
            if explicit[id] != nil {
                error("two runs have the id '\(id)'; ids must be unique", at: node)
            } else {
                explicit[id] = node
            }
        }
        var taken = Set(explicit.keys)
        // The next counter to try for each base: the ones before it are taken (the set only grows),
        // so 20,000 runs named `sgd` take linear time, not quadratic.
        var nextCounter: [String: Int] = [:]
        for index in pending.indices where pending[index].explicitID == nil {
            let base = pending[index].plan.id
            var id = base
            var counter = nextCounter[base] ?? 2
            if taken.contains(id) {
                id = "\(base)-\(counter)"
                while taken.contains(id) {
                    counter += 1
                    id = "\(base)-\(counter)"
                }
                counter += 1
            }
            nextCounter[base] = counter
            taken.insert(id)
            pending[index].plan.id = id
        }
    }

    /// The value as part of an id: `0.1`, `0.9-0.999`, `true`, with characters that are unsafe
    /// in file names replaced by `_`.
    static func idFragment(_ value: ParameterValue) -> String {
        let text: String
        switch value {
        case .list(let items): text = items.map(idFragment).joined(separator: "-")
        default: text = compact(value)
        }
        return String(text.map { isFileSafe(String($0)) ? $0 : "_" })
    }

    /// The value as a legend or id shows it: whole numbers without `.0` (`1`, `0.1`, `1e-05`).
    static func compact(_ value: ParameterValue) -> String {
        switch value {
        case .number(let v) where v.rounded() == v && abs(v) < 1e15: return String(Int(v))
        case .list(let items): return "[" + items.map(compact).joined(separator: ", ") + "]"
        default: return value.description
        }
    }

    /// Letters, digits, `.`, `_` and `-` only, not empty.
    static func isFileSafe(_ name: String) -> Bool {
        !name.isEmpty && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) }
    }
}

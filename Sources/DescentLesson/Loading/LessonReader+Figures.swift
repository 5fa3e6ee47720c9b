import DescentNumerics
import Yams

extension LessonReader {
    /// The figures of a lesson that lists none: its paths, learning rates and losses, and an
    /// `overview` that shows the paths beside the two curves.
    static let defaultFigures: [FigureRequest] = [
        FigureRequest(name: "contour", kind: .contour),
        FigureRequest(name: "lr", kind: .lr),
        FigureRequest(name: "loss", kind: .loss),
        FigureRequest(name: "overview", kind: .layout, panels: .row([.figure("contour"), .column([.figure("lr"), .figure("loss")])])),
    ]

    /// Reads `figures:`; `runs` are the lesson's runs, which `runs:` lists of figures refer to.
    mutating func figures(_ node: Node, runs: [RunPlan]) -> [FigureRequest] {
        guard let items = list(node, "figures") else { return [] }
        var figures: [(FigureRequest, nameNode: Node, panels: Node?, of: Node?)] = []
        for item in items {
            guard let figure = figure(item, runs: runs) else { continue }
            if figures.contains(where: { $0.0.name == figure.0.name }) {
                error("two figures are named '\(figure.0.name)'; give one of them another 'name'", at: figure.nameNode)
                continue
            }
            figures.append(figure)
        }
        let kinds = Dictionary(figures.map { ($0.0.name, $0.0.kind) }, uniquingKeysWith: { first, _ in first })
        for (figure, _, panelsNode, _) in figures {
            guard let panelsNode else { continue }
            checkPanels(panelsNode, of: figure.name, kinds: kinds)
        }
        for (figure, _, _, ofNode) in figures {
            guard let ofNode else { continue }
            checkAnimated(figure, at: ofNode, among: figures.map(\.0))
        }
        var shown = Set(figures.compactMap { $0.0.panels?.figureNames }.joined())
        for (figure, _, _, _) in figures { if case .text(let name)? = figure.options["of"] { shown.insert(name) } }
        for (figure, nameNode, _, _) in figures where !figure.writesFile && !shown.contains(figure.name) {
            error("figure '\(figure.name)' has write: false but no layout or animation shows it, so it would never be drawn; show it in a layout's 'panels' or drop 'write: false'", at: nameNode)
        }
        return figures.map(\.0)
    }

    /// One figure: `{kind: contour, name: paths, caption: "...", levels: 20}`.
    private mutating func figure(_ node: Node, runs: [RunPlan]) -> (FigureRequest, nameNode: Node, panels: Node?, of: Node?)? {
        guard let entries = entries(node, "a figure") else { return nil }
        let catalog = catalogs.figures
        guard let kindEntry = entries.first(where: { $0.key == "kind" }) else {
            error("a figure needs a 'kind': \(catalog.entries.map(\.name).joined(separator: ", "))", at: node)
            return nil
        }
        guard let word = string(kindEntry.value, "kind") else { return nil }
        let kind: FigureKind
        do {
            guard let found = catalog.kind(named: try catalog.lookup(word).name) else { return nil }
            kind = found
        } catch {
            self.error(error.message, at: kindEntry.value)
            return nil
        }
        var figure = FigureRequest(name: kind.name, kind: kind)
        var nameNode = kindEntry.value
        var panelsNode: Node?, ofNode: Node?
        let common = LessonFields.names(LessonFields.figure) + (kind.arrangesFigures ? LessonFields.names(LessonFields.layout) : [])
        for entry in entries {
            switch entry.key {
            case "kind":
                break
            case "name":
                guard let name = string(entry.value, "name") else { continue }
                if Self.isFileSafe(name) {
                    figure.name = name
                    nameNode = entry.value
                } else {
                    error("a figure 'name' may use only letters, digits, '.', '_' and '-', not '\(name)'", at: entry.value)
                }
            case "title":
                figure.title = text(entry.value, "title")
            case "caption":
                figure.caption = text(entry.value, "caption")
            case "runs":
                figure.runs = runIDs(entry.value, runs: runs)
            case "annotations":
                figure.annotations = annotations(entry.value)
            case "write":
                if let write = boolean(entry.value, "write") { figure.writesFile = write }
            case "of" where kind.animatesFigure:
                ofNode = entry.value
                if let spec = kind.option(entry.key) { option(entry, spec: spec, kind: kind, into: &figure) }
            case "panels" where kind.arrangesFigures:
                panelsNode = entry.value
                figure.panels = arrangement(entry.value, depth: 0)
            default:
                if let spec = kind.option(entry.key) {
                    option(entry, spec: spec, kind: kind, into: &figure)
                } else {
                    let known = common + kind.options.map(\.name)
                    let message = Suggestion.closest(to: entry.key, among: known).map { "unknown key '\(entry.key)'; did you mean '\($0)'?" }
                        ?? "figure kind '\(kind.name)' has no option '\(entry.key)'; it takes \(known.map { "'\($0)'" }.joined(separator: ", "))"
                    error(message, at: entry.keyNode)
                }
            }
        }
        checkSteps(figure, entries: entries, runs: runs)
        if kind.arrangesFigures, panelsNode == nil {
            error("a layout needs 'panels': the names of the figures it shows, such as [paths, [lr, loss]]", at: node)
        }
        if kind.animatesFigure {
            if ofNode == nil { error("an animation needs 'of': the name of the figure it sets in motion, such as 'overview'", at: node) }
            if figure.options["duration"] != nil, figure.options["steps_per_frame"] != nil,
               let key = entries.first(where: { $0.key == "steps_per_frame" })?.keyNode {
                error("give an animation 'duration' or 'steps_per_frame', not both", at: key)
            }
        }
        return (figure, nameNode, panelsNode, ofNode)
    }

    /// A figure's `at` steps (step-anatomy, data-fit, decision-boundary) must be steps the runs
    /// it shows take: a step past every run's last would be drawn as nothing. (A run that
    /// diverges earlier is an outcome, not an error: its figure leaves the later steps out.)
    private mutating func checkSteps(_ figure: FigureRequest, entries: [Entry], runs: [RunPlan]) {
        guard case .list(let items)? = figure.options["at"], let node = entries.first(where: { $0.key == "at" })?.value else { return }
        let shown = runs.filter { figure.runs?.contains($0.id) ?? true }
        guard let last = shown.map(\.steps).max() else { return }
        for case .number(let step) in items where step > Double(last) {
            error("'at' step \(Int(step)) is past the runs' last step (\(last)); use steps from 0 to \(last)", at: node)
            return
        }
    }

    /// An option checked like a catalog parameter; `validation` must name a catalog surface, and
    /// `zoom` must be a rectangle with its minimum before its maximum.
    private mutating func option(_ entry: Entry, spec: ParameterSpec, kind: FigureKind, into figure: inout FigureRequest) {
        guard let value = parameterValue(entry.value, entry.key) else { return }
        if let problem = spec.check(value) {
            error(problem, at: entry.value)
            return
        }
        if entry.key == "zoom", case .list(let items) = value {
            let r = items.compactMap { if case .number(let v) = $0 { return v } else { return nil } }
            if r.count == 4, !(r[0] < r[1] && r[2] < r[3]) {
                error("'zoom' is [x_min, x_max, y_min, y_max] with x_min < x_max and y_min < y_max, not \(value)", at: entry.value)
                return
            }
        }
        if kind.builder == FigureKind.loss.name, entry.key == "validation", case .text(let name) = value {
            do {
                figure.options[entry.key] = .text(try catalogs.surfaces.lookup(name).name)
            } catch {
                self.error(error.message, at: entry.value)
            }
            return
        }
        if kind.builder == FigureKind.compare.name, entry.key == "surfaces" {
            figure.options[entry.key] = comparedSurfaces(value, at: entry.value)
            return
        }
        figure.options[entry.key] = value
    }

    /// `surfaces: [rosenbrock, saddle]` of a `compare` figure: catalog names (canonical, or an
    /// error with a suggestion), 1 to `FigureKind.compareSurfaceLimit` of them.
    private mutating func comparedSurfaces(_ value: ParameterValue, at node: Node) -> ParameterValue? {
        let names: [String]
        switch value {
        case .text(let name): names = [name]
        case .list(let items): names = items.compactMap { if case .text(let name) = $0 { return name } else { return nil } }
        default: names = []
        }
        guard (1...FigureKind.compareSurfaceLimit).contains(names.count) else {
            error("'surfaces' names 1 to \(FigureKind.compareSurfaceLimit) catalog surfaces, not \(names.count)", at: node)
            return nil
        }
        // Each unknown name is reported at its own item.
        let items: [Node]
        if case .sequence(let sequence) = node { items = Array(sequence) } else { items = [node] }
        var canonical: [ParameterValue] = []
        for (i, name) in names.enumerated() {
            do {
                canonical.append(.text(try catalogs.surfaces.lookup(name).name))
            } catch {
                self.error(error.message, at: i < items.count ? items[i] : node)
            }
        }
        return canonical.count == names.count ? .list(canonical) : nil
    }

    /// `annotations: [{text: "saddle", at: [0, 0], text_at: [0.5, 1]}]`.
    private mutating func annotations(_ node: Node) -> [FigureAnnotation] {
        guard let items = list(node, "annotations") else { return [] }
        var result: [FigureAnnotation] = []
        for item in items {
            guard let entries = entries(item, "an annotation") else { continue }
            rejectUnknownKeys(entries, allowed: LessonFields.names(LessonFields.annotation), in: "an annotation")
            var text: LocalizedText?, at: Vec2?, textAt: Vec2?
            for entry in entries {
                switch entry.key {
                case "text": text = self.text(entry.value, "text")
                case "at": at = point(entry.value, "at")
                case "text_at": textAt = point(entry.value, "text_at")
                default: break
                }
            }
            guard let text, let at else {
                error("an annotation needs 'text' and 'at' (a point [x, y])", at: item)
                continue
            }
            result.append(FigureAnnotation(text: text, at: at, textAt: textAt))
        }
        return result
    }

    /// `runs: [sgd, momentum]`: run ids, or a sweep's id for all of its runs.
    private mutating func runIDs(_ node: Node, runs: [RunPlan]) -> [String]? {
        var chosen = Set<String>()
        for item in Self.items(node) {
            guard let id = string(item, "runs") else { continue }
            let matching = runs.filter { $0.id == id || $0.sweep?.group == id }
            if matching.isEmpty {
                let known = runs.map(\.id) + Set(runs.compactMap { $0.sweep?.group }).sorted()
                let hint = Suggestion.closest(to: id, among: known).map { "; did you mean '\($0)'?" }
                    ?? "; the runs are \(runs.map { "'\($0.id)'" }.joined(separator: ", "))"
                error("no run has the id '\(id)'\(hint)", at: item)
            }
            chosen.formUnion(matching.map(\.id))
        }
        return runs.map(\.id).filter(chosen.contains)
    }

    /// `[paths, [lr, loss]]`: lists alternate between rows (even depth) and columns (odd depth).
    private mutating func arrangement(_ node: Node, depth: Int) -> PanelArrangement? {
        guard case .sequence(let sequence) = node else {
            return string(node, "panels").map(PanelArrangement.figure)
        }
        if sequence.isEmpty {
            error("'panels' lists must not be empty", at: node)
            return nil
        }
        let items = sequence.compactMap { arrangement($0, depth: depth + 1) }
        guard items.count == sequence.count else { return nil }
        return depth % 2 == 0 ? .row(items) : .column(items)
    }

    /// An animation's `of` (at `node`) must name another figure of the lesson that draws a map, or
    /// a layout showing one.
    private mutating func checkAnimated(_ animation: FigureRequest, at node: Node, among figures: [FigureRequest]) {
        guard case .text(let name)? = animation.options["of"] else { return }
        guard let target = figures.first(where: { $0.name == name }) else {
            let names = figures.filter { !$0.kind.animatesFigure }.map(\.name)
            let hint = Suggestion.closest(to: name, among: names).map { "; did you mean '\($0)'?" }
                ?? "; the figures are \(names.map { "'\($0)'" }.joined(separator: ", "))"
            error("animation '\(animation.name)' sets '\(name)' in motion, but the lesson has no figure of that name\(hint)", at: node)
            return
        }
        if target.kind.animatesFigure {
            error("animation '\(animation.name)' is of '\(name)', which is an animation itself; animate a map figure or a layout", at: node)
            return
        }
        let shown = target.panels?.figureNames.compactMap { panel in figures.first { $0.name == panel } } ?? [target]
        if !shown.contains(where: \.kind.drawsMap) {
            error("animation '\(animation.name)' is of '\(name)', which has no map for the runs to move over; animate a contour, heatmap or surface3d figure, or a layout showing one", at: node)
        }
    }

    /// Every name in a layout's panels must be another figure of the lesson, and not a layout.
    private mutating func checkPanels(_ node: Node, of layout: String, kinds: [String: FigureKind]) {
        guard case .sequence(let sequence) = node else {
            guard case .scalar(let scalar) = node else { return }
            let name = scalar.string
            if name == layout {
                error("layout '\(layout)' cannot show itself", at: node)
            } else if let kind = kinds[name] {
                if kind.arrangesFigures { error("layout '\(layout)' shows '\(name)', which is a layout too; layouts arrange plain figures", at: node) }
                if kind.animatesFigure { error("layout '\(layout)' shows '\(name)', which is an animation; a layout arranges still figures (animate the layout instead)", at: node) }
            } else {
                let hint = Suggestion.closest(to: name, among: Array(kinds.keys)).map { "; did you mean '\($0)'?" }
                    ?? "; the figures are \(kinds.keys.sorted().map { "'\($0)'" }.joined(separator: ", "))"
                error("layout '\(layout)' shows '\(name)', but the lesson has no figure of that name\(hint)", at: node)
            }
            return
        }
        for item in sequence { checkPanels(item, of: layout, kinds: kinds) }
    }
}

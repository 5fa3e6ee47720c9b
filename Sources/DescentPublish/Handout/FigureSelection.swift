import DescentLesson

/// Which of a lesson's figures the handout shows, and with which caption.
///
/// A layout already shows the figures it arranges, so those are left out when their layout is
/// shown. Their captions are not: they say what each panel shows (the bands, the dashed lines,
/// the ✕), so a layout's caption is its own followed by each panel's, led by the panel's title in
/// italics (a page re-arranges the panels, so "left" and "right" would be wrong). Figures are
/// shown in lesson order, a layout at the place of the first figure it arranges. (The ravine lesson's `paths`, `lr` and `loss` are all in `overview`,
/// so it shows one figure.)
enum FigureSelection {
    static func select(_ figures: [FigureRequest], language: String) -> [(request: FigureRequest, caption: String?)] {
        let arranged = Set(figures.compactMap(\.panels).flatMap(\.figureNames))
        let byName = Dictionary(figures.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        // A layout takes the place of the first figure it arranges (the main figure comes first).
        let position = Dictionary(figures.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
        func place(_ request: FigureRequest) -> Int {
            ((request.panels?.figureNames ?? []).compactMap { position[$0] } + [position[request.name] ?? 0]).min() ?? 0
        }
        let shown = figures.filter { $0.panels != nil || !arranged.contains($0.name) }
        return shown.enumerated().sorted { (place($0.element), $0.offset) < (place($1.element), $1.offset) }.map(\.element).map { request in
            let own = request.caption?.resolved(language: language)
            let panels = (request.panels?.figureNames ?? []).compactMap { name -> String? in
                guard let panel = byName[name], let caption = panel.caption?.resolved(language: language), !caption.isEmpty else { return nil }
                guard let title = panel.title?.resolved(language: language), !title.isEmpty else { return caption }
                return "<i>\(title).</i> \(caption)"
            }
            let parts = ([own].compactMap { $0 } + panels).filter { !$0.isEmpty }
            return (request, parts.isEmpty ? nil : parts.joined(separator: " "))
        }
    }
}

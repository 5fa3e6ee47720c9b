import DescentLesson

/// Which of a lesson's figures the handout shows, and with which caption.
///
/// A layout already shows the figures it arranges, so those are left out when their layout is
/// shown; a layout without a caption of its own takes its panels' captions, in panel order.
/// Everything else is shown in lesson order. (The ravine lesson's `paths`, `lr` and `loss` are
/// all in `overview`, so it shows one figure, captioned with `paths`' caption.)
enum FigureSelection {
    static func select(_ figures: [FigureRequest], language: String) -> [(request: FigureRequest, caption: String?)] {
        let arranged = Set(figures.compactMap(\.panels).flatMap(\.figureNames))
        let byName = Dictionary(figures.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        return figures.filter { $0.panels != nil || !arranged.contains($0.name) }.map { request in
            if let own = request.caption { return (request, own.resolved(language: language)) }
            let inherited = (request.panels?.figureNames ?? [])
                .compactMap { byName[$0]?.caption?.resolved(language: language) }
                .filter { !$0.isEmpty }
            return (request, inherited.isEmpty ? nil : inherited.joined(separator: " "))
        }
    }
}

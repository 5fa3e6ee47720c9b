import DescentPlot

/// Puts a figure's annotations on its panels: every map and curve panel of the figure gets them
/// (panels of one figure share their data coordinates); the 3D view and basin maps have none.
enum FigureAnnotations {
    static func applied(_ annotations: [Annotation], to layout: PanelLayout) -> PanelLayout {
        guard !annotations.isEmpty else { return layout }
        switch layout {
        case .panel(.contour(var panel)):
            panel.annotations += annotations
            return .panel(.contour(panel))
        case .panel(.heatmap(var panel)):
            panel.annotations += annotations
            return .panel(.heatmap(panel))
        case .panel(.lines(var panel)):
            panel.annotations += annotations
            return .panel(.lines(panel))
        case .panel:
            return layout
        case .row(let items, let weights):
            return .row(items.map { applied(annotations, to: $0) }, weights: weights)
        case .column(let items, let weights):
            return .column(items.map { applied(annotations, to: $0) }, weights: weights)
        }
    }
}

import DescentNumerics

/// The figure kinds a lesson can name.
public enum FigureKinds {
    /// Every figure kind, in the order `descent list` and the documentation show them.
    /// `DescentPipeline`'s `FigureBuilders` has a builder for each kind's `builder` name.
    public static let catalog = Catalog<FigureKind>(kind: "figure kind", entries: [
        FigureKind.contour.catalogEntry,
        FigureKind.heatmap.catalogEntry,
        FigureKind.surface3d.catalogEntry,
        FigureKind.lr.catalogEntry,
        FigureKind.loss.catalogEntry,
        FigureKind.distance.catalogEntry,
        FigureKind.coordinate.catalogEntry,
        FigureKind.effectiveLR.catalogEntry,
        FigureKind.basins.catalogEntry,
        FigureKind.lrSweep.catalogEntry,
        FigureKind.outcome.catalogEntry,
        FigureKind.grid.catalogEntry,
        FigureKind.animation.catalogEntry,
        FigureKind.stepAnatomy.catalogEntry,
        FigureKind.parabola.catalogEntry,
        FigureKind.lrRange.catalogEntry,
        FigureKind.dataFit.catalogEntry,
        FigureKind.interpolation.catalogEntry,
        FigureKind.pathLoss.catalogEntry,
        FigureKind.decisionBoundary.catalogEntry,
        FigureKind.constraint.catalogEntry,
        FigureKind.compare.catalogEntry,
        FigureKind.layout.catalogEntry,
    ])
}

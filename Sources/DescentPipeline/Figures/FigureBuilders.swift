import DescentLesson

/// The builders of the figure kinds, one line each; `FigureKinds.catalog` describes the kinds.
enum FigureBuilders {
    /// Every builder, by the name kinds give as their `builder`.
    static let all: [FigureBuilder] = [
        ContourPanelBuilder.figureBuilder,
        HeatmapPanelBuilder.figureBuilder,
        Surface3DPanelBuilder.figureBuilder,
        LearningRatePanelBuilder.figureBuilder,
        LossPanelBuilder.figureBuilder,
        DistancePanelBuilder.figureBuilder,
        CoordinatePanelBuilder.figureBuilder,
        EffectiveRatePanelBuilder.figureBuilder,
        BasinsPanelBuilder.figureBuilder,
        LRSweepPanelBuilder.figureBuilder,
        OutcomePanelBuilder.figureBuilder,
        GridLayoutBuilder.figureBuilder,
        StepAnatomyBuilder.figureBuilder,
        ParabolaBuilder.figureBuilder,
        LRRangeBuilder.figureBuilder,
        DataFitBuilder.figureBuilder,
        InterpolationBuilder.figureBuilder,
        PathLossBuilder.figureBuilder,
        DecisionBoundaryBuilder.figureBuilder,
        ConstraintBuilder.figureBuilder,
        CompareLayoutBuilder.figureBuilder,
        FigureAssembler.layoutBuilder,
        FigureAssembler.animationBuilder,
    ]

    /// The builder called `name`, or nil.
    static func builder(named name: String) -> FigureBuilder? {
        byName[name]
    }

    private static let byName = Dictionary(all.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
}

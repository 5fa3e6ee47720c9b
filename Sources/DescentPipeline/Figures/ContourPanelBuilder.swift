import DescentLesson
import DescentNumerics
import DescentPlot
import DescentScene

/// Builds the contour map of a lesson's surface with the runs' paths and the `contour` options:
/// `levels`, `log_levels`, `colormap`, `resolution`, `dots_every`, `step_labels`,
/// `gradient_field`, `snapshots`, `colorbar`, `evaluations` (L-BFGS's inner evaluations as faint
/// dots), `average` (ASGD's averaged iterate as a dashed second path), `aspect` and `formula`
/// (the box of update rules, `FormulaLines`), `zoom` (a rectangle of the domain shown instead
/// of all of it), `members` (the other seeds of an ensemble as faint paths; a run is drawn by
/// its median member) and `from_step` (the paths from that step on: earlier points are left out
/// as non-finite, so steps keep their numbers); their defaults are
/// `FigureKind.contour`'s.
enum ContourPanelBuilder {
    /// The builder of `contour` figures.
    static let figureBuilder = FigureBuilder(FigureKind.contour.name) { request, context in
        FigureContent(layout: .panel(.contour(panel(request, context: zoomed(context, request)))), legend: context.legend(for: context.runs(for: request)))
    }

    /// `context` showing only the request's `zoom` rectangle `[x_min, x_max, y_min, y_max]`
    /// (checked by the loader) instead of the lesson's domain.
    static func zoomed(_ context: FigureContext, _ request: FigureRequest) -> FigureContext {
        let r = request.numbers("zoom")
        guard r.count == 4, r[0] < r[1], r[2] < r[3] else { return context }
        var zoomed = context
        zoomed.domain = Domain(x: r[0]...r[1], y: r[2]...r[3])
        return zoomed
    }

    /// Arrows per side of the gradient field.
    static let arrowsPerSide = 17

    /// The map of `request`, showing `runs` (default: the request's runs) under `title`
    /// (default: the request's title).
    static func panel(_ request: FigureRequest, context: FigureContext, runs: [RunResult]? = nil, title: String? = nil) -> ContourPanel {
        let shown = runs ?? context.runs(for: request)
        return ContourPanel(
            title: title ?? context.text(request.title), field: field(request, context: context), levels: levels(request),
            colormap: request.colormap, markedPoints: CriticalPointMarks.points(context.surface, in: context.domain, words: context.words),
            paths: paths(request, context: context, runs: shown),
            gradientField: request.flag("gradient_field") ? gradientField(context) : nil,
            showsColorbar: request.flag("colorbar"),
            xLabel: axisLabels(context).x, yLabel: axisLabels(context).y,
            aspect: request.text("aspect").flatMap(MapAspect.init(rawValue:)) ?? .automatic,
            formulas: FormulaLines.lines(request, runs: shown, context: context), formulaPlacement: FormulaLines.placement(request)
        )
    }

    /// A data surface's coordinates are a model's weight and bias; a network's are its plane's
    /// directions.
    static func axisLabels(_ context: FigureContext) -> (x: String, y: String) {
        if let network = context.surface as? NetworkSurface { return NetworkPlaneLabels.axes(network, language: context.language) }
        return context.surface is any FittedModel ? ("w", "b") : ("x", "y")
    }

    /// The dash of ASGD's averaged path (points at a 12 pt base size).
    static let averageDash = [4.0, 3.0]

    /// The paths of `runs`, one per trajectory, with the request's step marks, and with
    /// `average` a dashed path of each averaged iterate after it, in the theme's foreground, from
    /// where it leaves the iterate.
    static func paths(_ request: FigureRequest, context: FigureContext, runs: [RunResult]) -> [PathSeries] {
        let dotsEvery = request.integer("dots_every")
        let stepLabels = request.flag("step_labels")
        let snapshots = request.numbers("snapshots").map { Int($0) }
        let evaluations = request.flag("evaluations")
        let average = request.flag("average")
        let members = request.flag("members")
        let from = request.integer("from_step") ?? 0
        // Points before `from` are NaN: the path starts at step `from`, and steps keep their index.
        let shown = { (points: [Vec2]) in points.enumerated().map { $0.offset < from ? Vec2(.nan, .nan) : $0.element } }
        var paths: [PathSeries] = []
        for run in runs {
            for (index, trajectory) in run.trajectories.enumerated() {
                let id = index == 0 ? run.id : "\(run.id)#\(index + 1)"
                let faint = evaluations ? trajectory.evaluations.map(\.point) : []
                paths.append(PathSeries(
                    id: id, style: context.styles[run.id],
                    xs: shown(trajectory.points).map(\.x), ys: shown(trajectory.points).map(\.y),
                    divergedAtStep: trajectory.divergence?.step, dotsEvery: dotsEvery, stepLabels: stepLabels,
                    snapshots: snapshots, divergedLabel: trajectory.divergence.map { context.words.diverged(at: $0.step) },
                    faintXs: faint.map(\.x), faintYs: faint.map(\.y),
                    memberPaths: members ? otherMembers(run, start: index).map { shown($0.points).map { Point($0.x, $0.y) } } : []
                ))
                if average, !trajectory.averagedPoints.isEmpty {
                    // In the theme's foreground, not the run's color: the average must stand out
                    // from the noisy iterate it is drawn over.
                    var dashed = context.styles[run.id]
                    dashed.dash = averageDash
                    dashed.color = context.theme.foreground
                    // Until averaging starts (ASGD's t0) the average is the iterate: draw it from
                    // the last step where the two coincide.
                    let averaged = trajectory.averagedPoints
                    let departs = averaged.indices.first { $0 >= trajectory.points.count || averaged[$0] != trajectory.points[$0] } ?? averaged.count
                    let shown = averaged[max(0, departs - 1)...]
                    paths.append(PathSeries(id: id + ".average", style: dashed, xs: shown.map(\.x), ys: shown.map(\.y)))
                }
            }
        }
        return paths
    }

    /// The members of `run`'s ensemble from start `start` other than the one drawn.
    static func otherMembers(_ run: RunResult, start: Int) -> [Trajectory] {
        guard start < run.members.count else { return [] }
        let drawn = EnsembleStatistics.medianMember(run.members[start])
        return run.members[start].enumerated().filter { $0.offset != drawn }.map(\.element)
    }

    /// The surface sampled over the domain on a `resolution x resolution` grid: the request's
    /// option, whose default its kind states (`FigureKind.contour`'s suffices for smooth contours
    /// at slide size).
    static func field(_ request: FigureRequest, context: FigureContext) -> ScalarField {
        let surface = context.surface
        // Every kind drawn from this field gives `resolution` a default; without one the map is empty.
        let resolution = request.options["resolution"] == nil && context.surface is NetworkSurface
            ? NetworkSurface.mapResolution : request.integer("resolution") ?? 0
        let domain = context.domain
        return context.fields.field(resolution: resolution, domain: domain) {
            ScalarField(x: domain.x, y: domain.y, columns: resolution, rows: resolution) { x, y in surface.value(at: Vec2(x, y)) }
        }
    }

    /// Arrows of `-grad f` at the centers of an `arrowsPerSide` grid over the domain.
    static func gradientField(_ context: FigureContext) -> VectorField {
        let n = arrowsPerSide, domain = context.domain
        var arrows: [VectorField.Arrow] = []
        arrows.reserveCapacity(n * n)
        for row in 0..<n {
            let y = domain.y.lowerBound + (domain.y.upperBound - domain.y.lowerBound) * (Double(row) + 0.5) / Double(n)
            for column in 0..<n {
                let x = domain.x.lowerBound + (domain.x.upperBound - domain.x.lowerBound) * (Double(column) + 0.5) / Double(n)
                let g = context.surface.gradient(at: Vec2(x, y))
                arrows.append(VectorField.Arrow(x: x, y: y, dx: -g.x, dy: -g.y))
            }
        }
        return VectorField(arrows: arrows, cellsPerSide: n)
    }

    /// `levels: 20` counts the levels (spaced as `log_levels` says); `levels: [1, 2, 4]` gives the
    /// values themselves.
    static func levels(_ request: FigureRequest) -> ContourPanel.Levels {
        guard let count = request.integer("levels") else { return .explicit(request.numbers("levels")) }
        switch request.options["log_levels"] {
        case .boolean(true)?: return .logarithmic(count: count)
        case .boolean(false)?: return .linear(count: count)
        default: return .automatic(count: count)
        }
    }
}

import DescentLesson
import DescentNumerics
import DescentPlot

/// Builds the step-anatomy map: the contour map with the runs' paths and, at each step `k` of
/// `at`, three arrows from the point the step leaves, `p_{k-1}`:
///
///     gradient step   -lr_k * g_{k-1}          (where plain SGD would go)
///     carried step    -lr_k * b_k  or  -lr_k * m_hat_k   (momentum's buffer, Adam's first moment)
///     step taken      p_k - p_{k-1}
///
/// with `lr_k` the rate of step `k` and `g_{k-1}` the gradient the optimizer used there. The step
/// taken is drawn thick in the run's color over the faded path, the other two thinner in the
/// theme's foreground (solid: gradient, dashed: carried), so the legend names the roles once for
/// every run.
enum StepAnatomyBuilder {
    /// The builder of `step-anatomy` figures.
    static let figureBuilder = FigureBuilder(FigureKind.stepAnatomy.name) { request, context in
        let runs = context.runs(for: request)
        var panel = ContourPanelBuilder.panel(request, context: context, runs: runs, title: context.text(request.title) ?? context.diagramWords.anatomyTitle)
        // The paths are faded so the step taken, drawn over its own segment, stands out.
        for i in panel.paths.indices { panel.paths[i].style.color = panel.paths[i].style.color.withAlpha(pathOpacity) }
        let steps = request.numbers("at").map { Int($0) }
        var buffers = false, moments = false
        for run in runs {
            for step in steps {
                guard let anatomy = Anatomy(run.trajectory, step: step) else { continue }
                panel.overlays += overlays(anatomy, id: "\(run.id).\(step)", style: context.styles[run.id], theme: context.theme)
                panel.annotations.append(Annotation(context.diagramWords.step(step), x: anatomy.from.x, y: anatomy.from.y))
                guard anatomy.carried != nil else { continue }
                // Adaptive methods (those with per-parameter rates) carry Adam's m_hat, SGD its buffer.
                if run.trajectory.effectiveRates.isEmpty { buffers = true } else { moments = true }
            }
        }
        return FigureContent(layout: .panel(.contour(panel)), legend: context.legend(for: runs) + legend(context, buffers: buffers, moments: moments))
    }

    /// The opacity of the paths under the arrows.
    static let pathOpacity = 0.75

    /// The widths of the step-taken arrow and of the other two, in run-line widths.
    static let takenWeight = 1.7, thinWeight = 0.6

    /// The dash of the carried-direction arrow (points at a 12 pt base size).
    static let carriedDash = [4.0, 2.5]

    /// The three vectors of one step.
    struct Anatomy: Equatable {
        /// The point the step leaves, `p_{k-1}`.
        var from: Vec2
        /// `-lr_k * g_{k-1}`.
        var gradientStep: Vec2
        /// `-lr_k * moment_k`, or nil for a method that carries nothing (plain SGD).
        var carried: Vec2?
        /// `p_k - p_{k-1}`.
        var taken: Vec2

        /// Step `k` of `trajectory` (1-based), or nil when the run did not take it.
        init?(_ trajectory: Trajectory, step k: Int) {
            guard k >= 1, k < trajectory.points.count else { return nil }
            let lr = trajectory.learningRates[k - 1]
            from = trajectory.points[k - 1]
            gradientStep = -lr * trajectory.gradients[k - 1]
            carried = k - 1 < trajectory.moments.count ? -lr * trajectory.moments[k - 1] : nil
            taken = trajectory.points[k] - from
        }
    }

    /// The arrows of one step: taken (thick, run color), carried (dashed) and gradient (solid).
    static func overlays(_ anatomy: Anatomy, id: String, style: SeriesStyle, theme: Theme) -> [Overlay] {
        let a = anatomy.from
        func arrow(_ v: Vec2) -> Overlay.Shape { .arrow(x0: a.x, y0: a.y, x1: a.x + v.x, y1: a.y + v.y) }
        var overlays = [Overlay(id: "\(id).taken", shape: arrow(anatomy.taken), color: style.color, width: takenWeight)]
        if let carried = anatomy.carried {
            overlays.append(Overlay(id: "\(id).carried", shape: arrow(carried), color: theme.foreground, width: thinWeight, dash: carriedDash))
        }
        overlays.append(Overlay(id: "\(id).gradient", shape: arrow(anatomy.gradientStep), color: theme.foreground, width: thinWeight))
        // Uncased, so where the arrows coincide (momentum's step is -lr*b) the thick one shows around the thin ones.
        for i in overlays.indices.dropFirst() { overlays[i].cased = false }
        return overlays
    }

    /// What the arrows mean.
    /// The carried arrow is named for what the runs carry: a momentum buffer, a first moment or both.
    static func legend(_ context: FigureContext, buffers: Bool, moments: Bool) -> [LegendEntry] {
        let words = context.diagramWords, fg = context.theme.foreground
        func key(_ id: String, _ label: String, _ style: SeriesStyle, weight: Double) -> LegendEntry {
            LegendEntry(id: id, label: label, style: style, sample: .arrow(weight: weight), role: .key)
        }
        var entries = [key("anatomy.gradient", words.gradientStep, SeriesStyle(color: fg), weight: thinWeight)]
        // One entry per kind of carried vector, so a layout of a momentum and an Adam map lists both.
        if buffers { entries.append(key("anatomy.buffer", words.bufferStep, SeriesStyle(color: fg, dash: carriedDash), weight: thinWeight)) }
        if moments { entries.append(key("anatomy.moment", words.momentStep, SeriesStyle(color: fg, dash: carriedDash), weight: thinWeight)) }
        entries.append(key("anatomy.taken", words.stepTaken, SeriesStyle(color: context.theme.mutedForeground), weight: takenWeight))
        return entries
    }
}

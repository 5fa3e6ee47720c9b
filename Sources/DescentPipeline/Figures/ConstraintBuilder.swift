import DescentLesson
import DescentNumerics
import DescentPlot
import DescentScene

/// Builds the constraint picture of regularization: the contour map of the lesson's surface (the
/// data loss) with the region `|w|_1 <= t` (a diamond) and `|w|_2 <= t` (a disc), each lightly
/// filled in its own color, and the lowest point of the loss inside each (`NormBall.minimum`),
/// marked and labelled with its coordinates; the legend names the regions (`‖w‖₁ ≤ t`), the
/// panel's title may give `t`, so two panels of other radii share one legend. The contours touch the diamond first at a corner,
/// on an axis (a sparse solution); the disc they touch anywhere, shrinking both coordinates.
enum ConstraintBuilder {
    /// The builder of `constraint` figures.
    static let figureBuilder = FigureBuilder(FigureKind.constraint.name) { request, context in
        let built = panel(request, context: context)
        return FigureContent(layout: .panel(.contour(built.panel)), legend: context.legend(for: context.runs(for: request)) + built.legend)
    }

    /// The norms `norms` asks for.
    static func balls(_ request: FigureRequest) -> [NormBall] {
        switch request.text("norms") {
        case "l1": return [.l1]
        case "l2": return [.l2]
        default: return [.l1, .l2]
        }
    }

    static func panel(_ request: FigureRequest, context: FigureContext) -> (panel: ContourPanel, legend: [LegendEntry]) {
        let t = request.number("radius") ?? 1
        var panel = ContourPanelBuilder.panel(request, context: context, title: context.text(request.title) ?? context.diagramWords.constraintTitle)
        // At equal scale, always: the point of the picture is a diamond against a round disc.
        panel.aspect = .equal
        var legend: [LegendEntry] = []
        for (i, ball) in balls(request).enumerated() {
            // The same two colors on every theme (made legible on it), so slides and handout match.
            let color = context.theme.legible(regionColors[i % regionColors.count])
            let outline = ball.outline(radius: t)
            panel.overlays.append(Overlay(id: "constraint.\(ball.rawValue)", shape: .polyline(xs: outline.map(\.x), ys: outline.map(\.y), closed: true),
                                          color: color, width: 1.1, fillOpacity: 0.12))
            let m = ball.minimum(of: context.surface, radius: t)
            panel.markedPoints.append(MarkedPoint(x: m.x, y: m.y, kind: .minimum, label: "\(name(ball)) \(context.words.minimum) (\(coordinate(m.x)), \(coordinate(m.y)))"))
            legend.append(LegendEntry(id: "constraint.\(ball.rawValue)", label: "\(region(ball)) ≤ t", style: SeriesStyle(color: color, marker: .square), role: .key))
        }
        return (panel, legend)
    }

    /// The regions' colors: Okabe and Ito's orange for the first, bluish green for the second.
    static let regionColors = [Color(hex: 0xE69F00), Color(hex: 0x009E73)]

    static func name(_ ball: NormBall) -> String { ball == .l1 ? "L1" : "L2" }

    /// `|w|₁` or `|w|₂` as Pango markup.
    static func region(_ ball: NormBall) -> String { ball == .l1 ? "‖w‖<sub>1</sub>" : "‖w‖<sub>2</sub>" }

    /// A coordinate with two decimals, `-0` written `0`.
    static func coordinate(_ v: Double) -> String {
        let text = String(format: "%.2f", v)
        return text == "-0.00" ? "0.00" : text
    }
}

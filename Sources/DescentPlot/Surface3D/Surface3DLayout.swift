import DescentScene
import Foundation

/// Compiles a `Surface3DPanel` into a scene group filling a rectangle: the title, the box's back
/// panes, the shaded mesh with the paths on it, tick and axis labels, and the marks.
///
/// The box is projected orthographically and scaled to fill the rectangle with its labels. The
/// mesh is painted back to front (see `DepthSortedSurface`), each quad filled with the colormap at
/// its mean height (or log height), Lambert-shaded (see `LambertShading`) and outlined in a
/// slightly darker tone. Paths are cut into pieces at the quad edges and each piece is painted
/// right after its quad, so hills hide the parts of a path behind them. Start, end and critical
/// point marks that the surface does not hide are drawn on top; hidden ones go with their quad.
///
/// Groups: `panel.surface3d` holding `title`, `panes`, `surface`, `axes` and `marks`.
public struct Surface3DLayout {
    /// Measures text for placement.
    public let measurer: any TextMeasuring

    /// Creates a layout that measures text with `measurer`.
    public init(measurer: any TextMeasuring) {
        self.measurer = measurer
    }

    /// The panel drawn inside `rect`. Odd data (NaN samples, a flat or empty field, paths leaving
    /// the field) never stops the layout: what is meaningful is drawn, every coordinate is finite.
    public func group(for panel: Surface3DPanel, in rect: Rect, theme: Theme) -> SceneGroup {
        compose(panel, in: rect, theme: theme).group
    }

    /// The laid-out panel with the parts tests look at.
    struct Composition {
        var group: SceneGroup
        var projection: ViewProjection
        var mesh: SurfaceMesh?
        var surface: DepthSortedSurface?
        var paths: [DrapedPath]
    }

    func compose(_ panel: Surface3DPanel, in rawRect: Rect, theme: Theme) -> Composition {
        let typography = Typography(theme: theme)
        let marks = Marks(theme: theme, typography: typography, measurer: measurer)
        let u = typography.unit
        let rect = Self.usable(rawRect)
        var children: [SceneNode] = []
        var area = rect.inset(top: 4 * u, left: 4 * u, bottom: 4 * u, right: 4 * u)
        if let title = panel.title, !title.isEmpty {
            children.append(.group(SceneGroup("title", children: [
                .text(TextItem(title, markup: true, at: Point(rect.minX, rect.minY), vertical: .top, style: typography.panelTitle)),
            ])))
            let height = measurer.measure(title, markup: true, style: typography.panelTitle).height
            area = rect.inset(top: height + 6 * u, left: 4 * u, bottom: 4 * u, right: 4 * u)
        }

        let box = SurfaceBox(x: panel.field.x, y: panel.field.y)
        let mesh = SurfaceMesh(field: panel.field, quads: panel.meshSize, box: box, colorScale: panel.colorScale)
        let axes = BoxAxes(
            box: box, scale: mesh?.scale, labels: (panel.xLabel, panel.yLabel, panel.zLabel),
            theme: theme, typography: typography, measurer: measurer
        )
        let projection = fit(box: box, axes: axes, camera: ViewProjection(azimuth: panel.azimuth, elevation: panel.elevation), into: area)
        children.append(axes.panes(projection))

        var overlay: [SceneNode] = []
        var draped: [DrapedPath] = []
        var surface: DepthSortedSurface?
        if let mesh {
            // Lifted so that the casing clears the quad the path lies on: about a line width on screen.
            let lift = min(0.04 * box.height, 1.2 * marks.lineWidth / max(1e-9, projection.scale * max(0.3, projection.up.z)))
            var hidden: [Int: [SceneNode]] = [:]
            func place(_ p: Vec3, _ nodes: [SceneNode]) {
                if mesh.isVisible(p, toward: projection.toward) {
                    overlay += nodes
                } else if let cell = mesh.cell(gx: mesh.grid(p).x, gy: mesh.grid(p).y) {
                    hidden[cell, default: []] += nodes
                }
            }
            draped = panel.paths.map { DrapedPath(xs: $0.xs, ys: $0.ys, mesh: mesh, lift: lift) }
            for (series, path) in zip(panel.paths, draped) {
                if let start = path.start { place(start, [marks.startMarker(at: projection.point(start), style: series.style)]) }
            }
            for point in panel.markedPoints {
                let g = mesh.grid(x: point.x, y: point.y)
                guard let p = mesh.surfacePoint(gx: g.x, gy: g.y, lift: lift) else { continue }
                let at = projection.point(p)
                place(p, marks.criticalPoint(point.kind, at: at))
                if let label = point.label, !label.isEmpty, mesh.isVisible(p, toward: projection.toward) {
                    overlay.append(marks.annotation(label, near: at, in: rect, color: theme.foreground))
                }
            }
            for (series, path) in zip(panel.paths, draped) {
                if let step = series.divergedAtStep {
                    guard let exit = path.pieces.last?.points.last else { continue }
                    let at = projection.point(exit)
                    place(exit, marks.divergedMark(at: at, color: series.style.color))
                    // As for critical points: the label of a mark the surface hides is hidden too.
                    guard mesh.isVisible(exit, toward: projection.toward) else { continue }
                    overlay.append(marks.annotation(series.divergenceText ?? "diverged at step \(step)", near: at, in: rect, color: series.style.color, weight: .bold))
                } else if let end = path.end {
                    place(end, [marks.marker(series.style.marker, at: projection.point(end), style: series.style)])
                }
            }
            let style = DepthSortedSurface.Style(
                colormap: theme.mapColormap(panel.colormap), meshLineTint: .black, meshLineAmount: 0.2,
                meshLineWidth: 0.3 * u, casing: StrokeStyle(color: theme.panelBackground.withAlpha(0.85), width: marks.lineWidth * 2.3, cap: .butt)
            )
            let sorted = DepthSortedSurface(
                mesh: mesh, projection: projection, style: style,
                paths: zip(draped, panel.paths).map { ($0, $1.style) }, lineWidth: marks.lineWidth, marks: hidden
            )
            children.append(.group(SceneGroup("surface", children: sorted.nodes)))
            surface = sorted
        }
        children.append(axes.annotations(projection).node)
        children.append(.group(SceneGroup("marks", children: overlay)))
        return Composition(
            group: SceneGroup("panel.surface3d", children: children), projection: projection, mesh: mesh, surface: surface, paths: draped
        )
    }

    /// The camera scaled and centered so the box and its labels fill `area`.
    ///
    /// Labels keep their size while the box scales, so the box is first fitted alone, then twice
    /// refitted into `area` shrunk by how far the labels stick out beyond the box.
    private func fit(box: SurfaceBox, axes: BoxAxes, camera: ViewProjection, into area: Rect) -> ViewProjection {
        let cameraCorners = box.corners.map { camera.camera($0) }
        let bounds = (
            minX: cameraCorners.map(\.x).min() ?? 0, minY: cameraCorners.map(\.y).min() ?? 0,
            maxX: cameraCorners.map(\.x).max() ?? 0, maxY: cameraCorners.map(\.y).max() ?? 0
        )
        var projection = camera.fitted(bounds: bounds, into: area)
        for _ in 0..<2 {
            guard let labels = axes.annotations(projection).bounds else { break }
            let left = projection.originX + projection.scale * bounds.minX, right = projection.originX + projection.scale * bounds.maxX
            let top = projection.originY - projection.scale * bounds.maxY, bottom = projection.originY - projection.scale * bounds.minY
            let inner = area.inset(
                top: max(0, top - labels.minY), left: max(0, left - labels.minX),
                bottom: max(0, labels.maxY - bottom), right: max(0, labels.maxX - right)
            )
            projection = camera.fitted(bounds: bounds, into: inner)
        }
        return projection
    }

    /// `rect` with non-finite values replaced by 0 and negative sizes by 0.
    private static func usable(_ r: Rect) -> Rect {
        func finite(_ v: Double) -> Double { v.isFinite ? v : 0 }
        return Rect(x: finite(r.x), y: finite(r.y), width: max(0, finite(r.width)), height: max(0, finite(r.height)))
    }
}

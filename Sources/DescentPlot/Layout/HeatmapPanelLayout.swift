import DescentScene
import Foundation

/// Lays out a heatmap: the field as an image (one pixel per sample, smoothly interpolated) in a
/// boxed frame, its critical points and annotations, and a continuous colorbar.
struct HeatmapPanelLayout {
    let panel: HeatmapPanel
    let theme: Theme
    let marks: Marks
    /// Each sample's position along the colormap (0...1), NaN where the sample is not finite.
    let positions: [Double]
    /// The colorbar, or nil for a field without finite range.
    let colorbar: Colorbar?

    init(panel: HeatmapPanel, theme: Theme, marks: Marks) {
        self.panel = panel
        self.theme = theme
        self.marks = marks
        let field = panel.field
        let finite = field.values.filter(\.isFinite)
        let colormap = theme.mapColormap(panel.colormap)
        guard field.isContourable, let lo = finite.min(), let hi = finite.max(), hi > lo else {
            positions = field.values.map { $0.isFinite ? 0.5 : .nan }
            colorbar = nil
            return
        }
        var scale = panel.scale
        if scale == .automatic {
            let heights = finite.map { $0 - lo }.sorted()
            let median = heights[heights.count / 2]
            scale = median > 0 && (hi - lo) / median <= ContourLevels.logarithmicRatio ? .linear : .logarithmic
        }
        switch scale {
        case .linear, .automatic:
            positions = field.values.map { $0.isFinite ? ($0 - lo) / (hi - lo) : .nan }
            colorbar = Colorbar(scale: .continuous(colormap: colormap, domain: lo...hi, logarithmic: false), label: panel.colorbarLabel)
        case .logarithmic:
            // Colors evenly spaced in log10(f - lo + floor), floor the 1% quantile of f - lo.
            let heights = finite.map { $0 - lo }.sorted()
            let floor = max(heights[heights.count / 100], (hi - lo) * 1e-6)
            let a = log10(floor), b = log10(hi - lo + floor)
            positions = field.values.map { $0.isFinite ? (log10($0 - lo + floor) - a) / (b - a) : .nan }
            colorbar = Colorbar(scale: .continuous(colormap: colormap, domain: floor...(hi - lo + floor), logarithmic: true), label: panel.logColorbarLabel)
        }
    }

    /// The axes: the field's extent on both, linear.
    var axisRequests: (x: AxisRequest, y: AxisRequest) {
        (AxisRequest(kind: .linear, domain: panel.field.x, label: panel.xLabel),
         AxisRequest(kind: .linear, domain: panel.field.y, label: panel.yLabel))
    }

    /// The image, the marked points and the annotations.
    func nodes(in frame: PanelFrame) -> [SceneNode] {
        let field = panel.field, colormap = theme.mapColormap(panel.colormap)
        var nodes: [SceneNode] = []
        if field.isContourable {
            var pixels: [Color] = []
            pixels.reserveCapacity(field.values.count)
            for row in stride(from: field.rows - 1, through: 0, by: -1) {
                for column in 0..<field.columns {
                    let t = positions[row * field.columns + column]
                    pixels.append(t.isFinite ? colormap.color(at: t) : theme.panelBackground)
                }
            }
            let a = frame.point(field.x.lowerBound, field.y.upperBound), b = frame.point(field.x.upperBound, field.y.lowerBound)
            let rect = Rect(x: min(a.x, b.x), y: min(a.y, b.y), width: abs(b.x - a.x), height: abs(b.y - a.y))
            if [rect.x, rect.y, rect.width, rect.height].allSatisfy(\.isFinite) {
                nodes.append(.group(SceneGroup("image", clip: frame.plot, children: [
                    .image(ImageItem(pixelWidth: field.columns, pixelHeight: field.rows, pixels: pixels, frame: rect, smooth: true)),
                ])))
            }
        }
        nodes.append(MarkedPointsLayout(marks: marks).node(panel.markedPoints, in: frame))
        if let notes = AnnotationLayout(marks: marks).node(panel.annotations, in: frame) { nodes.append(notes) }
        return nodes
    }
}

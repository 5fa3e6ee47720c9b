import DescentScene

/// Compiles a `Figure` into a `Scene`: titles, the shared legend and the panels with their axes,
/// contours and paths, all placed in device space.
///
/// The scene's groups are named for tests and debugging: `title`, `legend` (with one
/// `legend.entry.<id>` per run), `panels`, and per panel `panel.contour`, `panel.heatmap`, `panel.basins` or
/// `panel.lines` holding `grid`, `bands`, `contour-lines`, `series.<id>`, `marked-points`,
/// `series.<id>.end`, `axes` and, where shown, `colorbar`, `gradient-field`, `annotations`, `markers`.
public struct FigureLayout {
    /// Measures text for placement.
    public let measurer: any TextMeasuring
    /// Keeps contour grids, levels and bands for later layouts of the same field (an animation's
    /// frames), or nil to trace them every time.
    public let memo: LayoutMemo?

    /// Creates a layout engine that measures text with `measurer`.
    public init(measurer: any TextMeasuring, memo: LayoutMemo? = nil) {
        self.measurer = measurer
        self.memo = memo
    }

    /// The scene of `figure`. Odd data (empty series, NaN, one point, flat fields) never stops the
    /// layout: whatever is meaningful is drawn, and every coordinate in the scene is finite.
    public func scene(for figure: Figure) -> Scene {
        let theme = figure.theme
        let size = Self.usable(figure.size)
        let typography = Typography(theme: theme)
        let marks = Marks(theme: theme, typography: typography, measurer: measurer)
        let u = typography.unit
        let margin = max(8, min(size.width, size.height) * 0.035)
        let width = max(0, size.width - 2 * margin)
        var children: [SceneNode] = []
        var top = margin
        let counterWidth = figure.counter.map { measurer.measure($0.widest, markup: false, style: typography.subtitle).width + 12 * u } ?? 0

        var header: [SceneNode] = []
        for (text, style, gap) in [(figure.title, typography.title, 2 * u), (figure.subtitle, typography.subtitle, 0)] {
            guard let text, !text.isEmpty else { continue }
            let fit = fitted(text, style: style, width: max(0, width - counterWidth))
            header.append(.text(TextItem(text, markup: true, at: Point(margin, top), vertical: .top, style: fit.style, wrapWidth: fit.wrapWidth)))
            top += measurer.measure(text, markup: true, style: fit.style, wrapWidth: fit.wrapWidth).height
            top += gap
        }
        if !header.isEmpty {
            children.append(.group(SceneGroup("title", children: header)))
            top += 8 * u
        }
        if !figure.legend.isEmpty {
            let legend = LegendLayout(marks: marks, measurer: measurer).layout(figure.legend, x: margin, top: top, width: width)
            children.append(legend.node)
            top += legend.height + 8 * u
        }

        let area = Rect(x: margin, y: top, width: width, height: max(0, size.height - margin - top))
        let axes = AxesLayout(theme: theme, typography: typography, measurer: measurer)
        let colorbars = ColorbarLayout(marks: marks)
        let arrangement = PanelArrangement(figure.layout, in: area, gapX: 18 * u, gapY: 12 * u) { panel, cell in
            guard let content = PanelContent(panel, theme: theme, marks: marks, memo: memo) else {
                return Insets(top: 0, left: 0, bottom: 0, right: 0)
            }
            let requests = content.axisRequests
            var insets = axes.insets(cell: cell, title: content.title, x: requests.x, y: requests.y)
            // A map keeping its aspect is narrower than its cell, so its title may wrap to more lines.
            let dataAspect = Self.aspect(x: requests.x.domain, y: requests.y.domain)
            insets = axes.insets(insets, fittingTitle: content.title, in: cell) { content.aspect.plotArea($0, dataAspect: dataAspect) }
            if let bar = content.colorbar { insets.right = max(insets.right, colorbars.width(bar, height: cell.height)) }
            return insets
        }
        let panels = arrangement.leaves.map { leaf -> SceneNode in
            guard let content = PanelContent(leaf.panel, theme: theme, marks: marks, memo: memo) else {
                guard case .surface3d(let panel) = leaf.panel else { return .group(SceneGroup("panel.empty")) }
                return .group(Surface3DLayout(measurer: measurer).group(for: panel, in: leaf.cell, theme: theme))
            }
            let requests = content.axisRequests
            let plot = content.aspect.plotArea(axes.plotRect(leaf.cell, leaf.insets), dataAspect: Self.aspect(x: requests.x.domain, y: requests.y.domain))
            let frame = axes.frame(plot: plot, x: requests.x, y: requests.y)
            return .group(SceneGroup(content.name, children:
                [axes.underlay(frame, style: content.style)]
                + content.nodes(in: frame)
                + [axes.overlay(frame, style: content.style, title: content.title, cell: leaf.cell, x: requests.x, y: requests.y)]
                + (content.colorbar.map { [colorbars.node($0, beside: frame.plot)] } ?? [])
            ))
        }
        children.append(.group(SceneGroup("panels", children: panels)))
        if let counter = figure.counter {
            var style = typography.subtitle
            style.color = theme.foreground
            children.append(.group(SceneGroup("counter", children: [
                .text(TextItem(counter.text, at: Point(size.width - margin, margin), horizontal: .trailing, vertical: .top, style: style, halo: theme.background)),
            ])))
        }
        return Scene(size: size, background: theme.background, root: SceneGroup("figure", children: children))
    }

    /// How `text` fits `width`: as it is; shrunk down to 80% of its size if that suffices; else
    /// wrapped at `width` by the text engine (which keeps markup tags intact).
    func fitted(_ text: String, style: TextStyle, width: Double) -> (style: TextStyle, wrapWidth: Double?) {
        let full = measurer.measure(text, markup: true, style: style).width
        guard full > width, width > 0 else { return (style, nil) }
        var shrunk = style
        shrunk.size = style.size * max(0.8, width / full)
        if measurer.measure(text, markup: true, style: shrunk).width <= width { return (shrunk, nil) }
        return (style, width)
    }

    /// The height-to-width ratio of data extents `x` by `y` (1 when either is empty or not finite).
    static func aspect(x: ClosedRange<Double>, y: ClosedRange<Double>) -> Double {
        let ratio = (y.upperBound - y.lowerBound) / (x.upperBound - x.lowerBound)
        return ratio.isFinite && ratio > 0 ? ratio : 1
    }

    /// `size`, or the slide size when either side is not a positive finite number.
    static func usable(_ size: Size) -> Size {
        size.width.isFinite && size.height.isFinite && size.width > 0 && size.height > 0 ? size : FigureSize.slide
    }
}

import DescentScene

/// The data-space view of a two-class classifier at chosen steps: one small map per step, each
/// with the samples by class (blue circles, vermillion triangles: Okabe and Ito's pair that
/// stays apart under every common color-vision deficiency, and told apart by shape in gray), the
/// predicted probability of class 1 as light bands from the first class's color through the
/// panel background to the second's (levels 0.1, ..., 0.9), and the decision boundary, the
/// `P = 0.5` contour, drawn dark over them. The step is in each map's title.
public enum DecisionBoundaryPanels {
    /// The colors of class 0 and class 1 (Okabe & Ito blue `#0072B2`, vermillion `#D55E00`).
    public static let classColors: [Color] = [Color(hex: 0x0072B2), Color(hex: 0xD55E00)]
    /// The markers of class 0 and class 1.
    public static let classMarkers: [MarkerShape] = [.circle, .triangle]
    /// The probability levels of the bands; 0.5 is the boundary.
    public static let levels: [Double] = (1...9).map { Double($0) / 10 }
    /// The decision threshold.
    public static let boundaryLevel = 0.5
    /// How far the class colors at `P = 0` and `P = 1` are mixed toward the panel background
    /// before the theme washes its bands, so the samples stay the strongest color on the map.
    public static let fieldLightness = 0.35

    /// The style of class `k` (colors cycle past two), made legible on `theme`'s panels.
    public static func style(ofClass k: Int, theme: Theme) -> SeriesStyle {
        SeriesStyle(color: theme.legible(classColors[k % classColors.count]), marker: classMarkers[k % classMarkers.count])
    }

    /// The band colormap: class 0's color at `P = 0`, the panel background at `P = 0.5`, class
    /// 1's color at `P = 1`. A contour panel keeps only the theme's `contourSpan` of a colormap
    /// (the dark theme drops its bright end), so the stops are laid out over that span.
    public static func colormap(theme: Theme) -> Colormap {
        let ends = [0, 1].map { style(ofClass: $0, theme: theme).color.mixed(with: theme.panelBackground, fieldLightness) }
        let wanted = Colormap(name: "classes", stops: [ends[0], theme.panelBackground, ends[1]])
        let span = theme.contourSpan, width = max(1e-9, span.upperBound - span.lowerBound)
        return Colormap(name: "classes", stops: (0..<65).map { wanted.color(at: (Double($0) / 64 - span.lowerBound) / width) })
    }

    /// The map of one snapshot.
    public static func panel(
        _ snapshot: DecisionSnapshot, classes: [ClassSamples], theme: Theme, title: String? = nil, xLabel: String = "x<sub>1</sub>",
        yLabel: String = "x<sub>2</sub>"
    ) -> ContourPanel {
        var panel = ContourPanel(
            title: title ?? "step \(snapshot.step)", field: snapshot.probability, levels: .explicit(levels), colormap: colormap(theme: theme),
            xLabel: xLabel, yLabel: yLabel, aspect: .equal
        )
        panel.scatter = classes.enumerated().map { k, samples in
            ScatterSeries(id: "data.class\(k)", style: style(ofClass: k, theme: theme), xs: samples.xs, ys: samples.ys)
        }
        panel.overlays = boundary(snapshot.probability).enumerated().map { i, line in
            Overlay(id: "boundary.\(snapshot.step).\(i)", shape: .polyline(xs: line.xs, ys: line.ys, closed: line.closed), color: theme.foreground, width: 0.7)
        }
        return panel
    }

    /// The maps of all snapshots in rows of `perRow` (stacked), each titled by `title(step)` (the
    /// figure's language). Without `perRow`, the count per row that draws the maps largest on a
    /// page of `page`'s shape (see `mapsPerRow`).
    public static func layout(
        _ snapshots: [DecisionSnapshot], classes: [ClassSamples], theme: Theme, perRow: Int? = nil, page: Size = FigureSize.slide,
        title: (Int) -> String = { "step \($0)" }, xLabel: String = "x<sub>1</sub>", yLabel: String = "x<sub>2</sub>"
    ) -> PanelLayout {
        let panels = snapshots.map { PanelLayout.panel(.contour(panel($0, classes: classes, theme: theme, title: title($0.step), xLabel: xLabel, yLabel: yLabel))) }
        let field = snapshots.first?.probability
        let dataAspect = field.map { ($0.y.upperBound - $0.y.lowerBound) / max(1e-12, $0.x.upperBound - $0.x.lowerBound) } ?? 1
        let width = max(1, perRow ?? mapsPerRow(count: panels.count, dataAspect: dataAspect, page: page))
        guard panels.count > width else { return panels.count == 1 ? panels[0] : .row(panels, weights: []) }
        // A short last row shares the page width among fewer maps, so they are drawn larger.
        let rows = stride(from: 0, to: panels.count, by: width).map { start in
            PanelLayout.row(Array(panels[start..<min(start + width, panels.count)]), weights: [])
        }
        return .column(rows, weights: [])
    }

    /// The maps per row that make `count` equal-scale maps of height/width `dataAspect` largest
    /// on a page of `page`'s shape. With `c` per row and `r = ceil(count / c)` rows, a map's plot
    /// is `min(W / c - chromeWidth, ((H - headerHeight) / r - chromeHeight) / dataAspect)` wide:
    /// the figure's title, caption and legend take `headerHeight` of the page, and each map's
    /// title and axes take `chromeWidth` by `chromeHeight` around its plot. Ties go to the fewest
    /// rows, then to the fewest maps per row (two rows of 2, not 3 + 1).
    public static func mapsPerRow(count: Int, dataAspect: Double, page: Size) -> Int {
        guard count > 1, dataAspect.isFinite, dataAspect > 0 else { return max(1, count) }
        func rows(_ c: Int) -> Int { (count + c - 1) / c }
        func mapWidth(_ c: Int) -> Double {
            min(page.width / Double(c) - chromeWidth, ((page.height - headerHeight) / Double(rows(c)) - chromeHeight) / dataAspect)
        }
        return (1...count).min { a, b in
            let wa = mapWidth(a), wb = mapWidth(b)
            if abs(wa - wb) > 1e-9 { return wa > wb }
            return (rows(a), a) < (rows(b), b)
        } ?? count
    }

    /// The page height (points) a figure's title, caption and legend take above its maps.
    static let headerHeight = 110.0
    /// The width and height (points) a map's axes and title take around its plot.
    static let chromeWidth = 40.0, chromeHeight = 45.0

    /// One legend row per class, then the boundary's.
    public static func legend(_ classes: [ClassSamples], theme: Theme, boundaryLabel: String = "decision boundary (P = 0.5)") -> [LegendEntry] {
        classes.enumerated().map { k, samples in LegendEntry(id: "data.class\(k)", label: samples.label, style: style(ofClass: k, theme: theme), sample: .marker, role: .key) }
            + [LegendEntry(id: "boundary", label: boundaryLabel, style: SeriesStyle(color: theme.foreground), sample: .line, role: .key)]
    }

    /// The `P = 0.5` contour of `field` in data coordinates, one polyline per chain.
    static func boundary(_ field: ScalarField) -> [(xs: [Double], ys: [Double], closed: Bool)] {
        guard let grid = ContourGrid(field), grid.minimum < boundaryLevel, grid.maximum > boundaryLevel else { return [] }
        var tracer = IsolineTracer(grid: grid)
        let dx = (field.x.upperBound - field.x.lowerBound) / Double(field.columns - 1)
        let dy = (field.y.upperBound - field.y.lowerBound) / Double(field.rows - 1)
        return tracer.chains(at: boundaryLevel).map { chain in
            (chain.points.map { field.x.lowerBound + $0.x * dx }, chain.points.map { field.y.lowerBound + $0.y * dy }, chain.isClosed)
        }
    }
}

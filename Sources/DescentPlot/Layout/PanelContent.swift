import DescentScene

/// One panel's layout behind a common face, so the figure layout treats every kind drawn in axes
/// alike. This is the one switch over `Panel`; a new kind adds a case here. The 3D surface draws
/// its own box and has no content here (`init` returns nil).
enum PanelContent {
    case contour(ContourPanelLayout)
    case heatmap(HeatmapPanelLayout)
    case basins(BasinsPanelLayout)
    case lines(LinePanelLayout)

    init?(_ panel: Panel, theme: Theme, marks: Marks, memo: LayoutMemo? = nil) {
        switch panel {
        case .surface3d: return nil
        case .contour(let p): self = .contour(ContourPanelLayout(panel: p, theme: theme, marks: marks, memo: memo))
        case .heatmap(let p): self = .heatmap(HeatmapPanelLayout(panel: p, theme: theme, marks: marks))
        case .basins(let p): self = .basins(BasinsPanelLayout(panel: p, theme: theme, marks: marks))
        case .lines(let p): self = .lines(LinePanelLayout(panel: p, marks: marks))
        }
    }

    /// The scene group name of the panel.
    var name: String {
        switch self {
        case .contour: return "panel.contour"
        case .heatmap: return "panel.heatmap"
        case .basins: return "panel.basins"
        case .lines: return "panel.lines"
        }
    }

    var title: String? {
        switch self {
        case .contour(let l): return l.panel.title
        case .heatmap(let l): return l.panel.title
        case .basins(let l): return l.panel.title
        case .lines(let l): return l.panel.title
        }
    }

    /// Maps fill the plot area and get a box; curves get a grid and open spines.
    var style: AxesLayout.Style {
        if case .lines = self { return .open }
        return .boxed
    }

    /// How the plot area is shaped (maps may ask for equal scale; the rest fill their cell).
    var aspect: MapAspect {
        switch self {
        case .contour(let l): return l.panel.aspect
        case .basins(let l): return l.panel.aspect
        case .heatmap, .lines: return .fill
        }
    }

    var axisRequests: (x: AxisRequest, y: AxisRequest) {
        switch self {
        case .contour(let l): return l.axisRequests
        case .heatmap(let l): return l.axisRequests
        case .basins(let l): return l.axisRequests
        case .lines(let l): return l.axisRequests
        }
    }

    /// The colorbar drawn right of the plot, if any.
    var colorbar: Colorbar? {
        switch self {
        case .contour(let l): return l.colorbar
        case .heatmap(let l): return l.colorbar
        case .basins, .lines: return nil
        }
    }

    func nodes(in frame: PanelFrame) -> [SceneNode] {
        switch self {
        case .contour(let l): return l.nodes(in: frame)
        case .heatmap(let l): return l.nodes(in: frame)
        case .basins(let l): return l.nodes(in: frame)
        case .lines(let l): return l.nodes(in: frame)
        }
    }
}

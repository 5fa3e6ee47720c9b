import DescentScene

/// Colors and fonts of a figure.
public struct Theme: Sendable, Hashable {
    /// The name (`light`).
    public var name: String
    /// Page background.
    public var background: Color
    /// Plot area background.
    public var panelBackground: Color
    /// Main text.
    public var foreground: Color
    /// Secondary text (ticks, captions).
    public var mutedForeground: Color
    /// Grid lines.
    public var grid: Color
    /// Axis frame.
    public var axis: Color
    /// Font families, with fallbacks for Korean and symbols.
    public var fontFamily: String
    /// Base font size in points.
    public var fontSize: Double
    /// Colors given to runs in order.
    public var palette: [Color]

    /// Creates a theme.
    public init(name: String, background: Color, panelBackground: Color, foreground: Color, mutedForeground: Color, grid: Color, axis: Color, fontFamily: String, fontSize: Double, palette: [Color]) {
        self.name = name
        self.background = background
        self.panelBackground = panelBackground
        self.foreground = foreground
        self.mutedForeground = mutedForeground
        self.grid = grid
        self.axis = axis
        self.fontFamily = fontFamily
        self.fontSize = fontSize
        self.palette = palette
    }

    /// Okabe and Ito's colorblind-safe palette (without its yellow and black, which vanish on
    /// light backgrounds and colormaps).
    public static let okabeIto: [Color] = [0x0072B2, 0xD55E00, 0x009E73, 0xCC79A7, 0xE69F00, 0x56B4E9].map { Color(hex: $0) }

    /// Dark text on white: for handouts and papers.
    public static let light = Theme(
        name: "light", background: .white, panelBackground: .white, foreground: Color(hex: 0x1F2328),
        mutedForeground: Color(hex: 0x57606A), grid: Color(hex: 0xD0D7DE), axis: Color(hex: 0x57606A),
        fontFamily: "DejaVu Sans, NanumGothic, sans-serif", fontSize: 12, palette: okabeIto
    )
}

import DescentScene

/// Colors, fonts and run styles of a figure.
public struct Theme: Sendable, Hashable {
    /// The name (`light`, `dark`, `print`).
    public var name: String
    /// Page background.
    public var background: Color
    /// Plot area background; also the halo under paths and labels.
    public var panelBackground: Color
    /// Main text.
    public var foreground: Color
    /// Secondary text (ticks, captions).
    public var mutedForeground: Color
    /// Grid lines.
    public var grid: Color
    /// Axis frame and tick marks.
    public var axis: Color
    /// Font families, with fallbacks for Korean and symbols.
    public var fontFamily: String
    /// Base font size in points; titles and tick labels are sized relative to it.
    public var fontSize: Double
    /// Colors given to runs in order.
    public var palette: [Color]
    /// Dash patterns given to runs in order (an empty pattern is a solid line).
    public var dashes: [[Double]]
    /// Marker shapes given to runs in order.
    public var markers: [MarkerShape]
    /// The colormap of contour bands when a panel names none.
    public var colormap: Colormap
    /// How far contour band colors are mixed toward `panelBackground` (0 keeps the colormap),
    /// so colored paths stay readable over the bands.
    public var contourWash: Double
    /// The part of the colormap contour bands use (all of it unless a theme must avoid an end:
    /// the dark theme drops viridis's yellow top, which sunk toward a dark panel turns olive).
    public var contourSpan: ClosedRange<Double>
    /// Contour lines are the band color mixed toward this color by `contourLineAmount`.
    public var contourLineTint: Color
    /// See `contourLineTint`.
    public var contourLineAmount: Double
    /// The least WCAG contrast ratio a run's color keeps against `panelBackground` (paths are
    /// drawn over a halo of that color); `legible(_:)` adjusts colors that fall short.
    public var minimumRunContrast: Double

    /// Creates a theme.
    public init(
        name: String, background: Color, panelBackground: Color, foreground: Color, mutedForeground: Color,
        grid: Color, axis: Color, fontFamily: String, fontSize: Double, palette: [Color],
        dashes: [[Double]] = [[]], markers: [MarkerShape] = MarkerShape.allCases, colormap: Colormap = .viridis,
        contourWash: Double = 0.5, contourSpan: ClosedRange<Double> = 0...1, contourLineTint: Color = .black, contourLineAmount: Double = 0.18,
        minimumRunContrast: Double = 3
    ) {
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
        self.dashes = dashes
        self.markers = markers
        self.colormap = colormap
        self.contourWash = contourWash
        self.contourSpan = contourSpan
        self.contourLineTint = contourLineTint
        self.contourLineAmount = contourLineAmount
        self.minimumRunContrast = minimumRunContrast
    }

    /// The style of the run at `index` (0-based): palette color, dash and marker, each cycling.
    public func seriesStyle(at index: Int) -> SeriesStyle {
        func pick<T>(_ list: [T], _ fallback: T) -> T {
            list.isEmpty ? fallback : list[((index % list.count) + list.count) % list.count]
        }
        return SeriesStyle(color: pick(palette, foreground), dash: pick(dashes, []), marker: pick(markers, .circle))
    }

    /// A text style in this theme's font.
    public func text(size: Double, weight: TextStyle.Weight = .regular, color: Color? = nil, italic: Bool = false) -> TextStyle {
        TextStyle(family: fontFamily, size: size, weight: weight, italic: italic, color: color ?? foreground)
    }
}

import DescentScene

/// The handout's typography and page geometry: 2 cm margins, a 10.5 pt serif body, sans-serif
/// headings, one accent color (the blue of the figures' first run).
public struct HandoutStyle: Sendable {
    /// The paper.
    public var paper: Paper
    /// Margin on every side in points (2 cm).
    public var margin: Double = 2 / 2.54 * 72
    /// Running text.
    public var body = TextStyle(family: HandoutStyle.serif, size: 10.5, color: HandoutStyle.ink)
    /// Lesson titles.
    public var heading = TextStyle(family: HandoutStyle.sans, size: 19, weight: .bold, color: HandoutStyle.ink)
    /// The small label over a lesson title (`Lesson 3`).
    public var kicker = TextStyle(family: HandoutStyle.sans, size: 9.5, weight: .bold, color: HandoutStyle.accent)
    /// Section headings inside a lesson (`Settings`).
    public var subheading = TextStyle(family: HandoutStyle.sans, size: 10.5, weight: .bold, color: HandoutStyle.ink)
    /// Figure captions.
    public var caption = TextStyle(family: HandoutStyle.sans, size: 9, color: HandoutStyle.muted)
    /// Table cells.
    public var table = TextStyle(family: HandoutStyle.sans, size: 8.5, color: HandoutStyle.ink)
    /// Page numbers.
    public var footer = TextStyle(family: HandoutStyle.sans, size: 9, color: HandoutStyle.muted)
    /// How much figures are shrunk when placed: they are laid out at their printed size divided
    /// by this, so their 12 pt labels print at about 9.5 pt.
    public var figureScale = 0.78
    /// The tallest a figure is printed, as a share of the text height, so a square figure leaves
    /// room for its caption and more. A figure that is laid out again for the page keeps the text
    /// width and takes this height; a fixed scene is scaled down to it.
    public var maximumFigureHeight = 0.6
    /// The tallest a figure of line panels only (loss, learning rate) is printed, as a share of
    /// the text height: curves read well wide and low, and the room goes to the maps, which need
    /// it (a contour panel narrower than about 8 cm is unreadable on paper).
    public var maximumLineFigureHeight = 0.36
    /// How far a figure that is laid out again for the page may be made less tall than its own
    /// height to fill the rest of a page, as a share of that height; below, it starts the next page.
    public var minimumFigureShrink = 0.5
    /// The same for an animation's storyboard, which is scaled down whole: its two frames across
    /// keep at least 85 % of their width (about 7 cm).
    public var minimumStoryboardShrink = 0.85

    /// Serif families: DejaVu Serif, Korean from Nanum Myeongjo.
    public static let serif = "DejaVu Serif, NanumMyeongjo, serif"
    /// Sans-serif families: DejaVu Sans, Korean from Nanum Gothic.
    public static let sans = "DejaVu Sans, NanumGothic, sans-serif"
    /// Text color.
    public static let ink = Color(hex: 0x1F2328)
    /// Secondary text.
    public static let muted = Color(hex: 0x57606A)
    /// Rules and table lines.
    public static let rule = Color(hex: 0xD0D7DE)
    /// Accent.
    public static let accent = Color(hex: 0x0072B2)

    /// The style for `paper`.
    public init(paper: Paper = .a4) {
        self.paper = paper
    }

    /// The printed height of a figure of `size` across the text width: the text width times its
    /// aspect ratio, at most ``maximumFigureHeight`` of the text height, or
    /// ``maximumLineFigureHeight`` when it draws no map (0 for a size that is not positive and
    /// finite).
    public func figureHeight(_ size: Size, drawsMaps: Bool = true) -> Double {
        guard size.width.isFinite, size.height.isFinite, size.width > 0, size.height > 0 else { return 0 }
        let frame = textFrame
        return min(frame.width * size.height / size.width, frame.height * (drawsMaps ? maximumFigureHeight : maximumLineFigureHeight))
    }

    /// The page size.
    public var pageSize: Size { paper.size }

    /// The rectangle text and figures fill: the page inside the margins.
    public var textFrame: Rect {
        Rect(x: 0, y: 0, width: pageSize.width, height: pageSize.height)
            .inset(top: margin, left: margin, bottom: margin, right: margin)
    }
}

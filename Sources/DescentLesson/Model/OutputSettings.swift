/// How a lesson's figures are written.
public struct OutputSettings: Sendable, Hashable {
    /// A file format.
    public enum Format: String, Sendable, Hashable, CaseIterable {
        /// Raster image.
        case png
        /// Scalable vector graphics.
        case svg
        /// Portable document format.
        case pdf
        /// An animation as H.264 video (animation figures only).
        case mp4
        /// An animation as a looping GIF (animation figures only).
        case gif
        /// An animation as a PDF of one page per frame, a second of one page per key step, and a
        /// `.tex` snippet for Beamer (animation figures only).
        case pdfFrames = "pdf-frames"

        /// True for the formats only animation figures are written in.
        public var isAnimation: Bool { self == .mp4 || self == .gif || self == .pdfFrames }
    }

    /// A page size.
    public enum PageSize: Sendable, Hashable {
        /// 16:9 for slides, 800 x 450 points.
        case slide
        /// For printed handouts, 640 x 480 points.
        case handout
        /// Square, 600 x 600 points.
        case square
        /// Any size in points (1/72 inch).
        case custom(width: Double, height: Double)

        /// The named sizes, as a lesson spells them.
        public static let named: [String: PageSize] = ["slide": .slide, "handout": .handout, "square": .square]

        /// Width and height in points.
        public var points: (width: Double, height: Double) {
            switch self {
            case .slide: return (800, 450)
            case .handout: return (640, 480)
            case .square: return (600, 600)
            case .custom(let width, let height): return (width, height)
            }
        }
    }

    /// A color theme (the plot module's themes of the same names).
    public enum ThemeName: String, Sendable, Hashable, CaseIterable {
        /// Dark text on white.
        case light
        /// Light text on a dark background, for slides.
        case dark
        /// Grayscale-friendly: runs differ by dash and marker as well as color.
        case print
    }

    /// The formats written, in order.
    public var formats: [Format]

    /// The formats animation figures are written in: those `formats` lists, else `mp4`.
    public var animationFormats: [Format] {
        let listed = formats.filter(\.isAnimation)
        return listed.isEmpty ? [.mp4] : listed
    }
    /// The page size.
    public var size: PageSize
    /// PNG pixels per point.
    public var scale: Double
    /// The color theme.
    public var theme: ThemeName
    /// The language texts are shown in (a code such as `en` or `ko`).
    public var language: String

    /// Creates output settings; the defaults are a PNG slide at scale 2, light theme, in English.
    public init(formats: [Format] = [.png], size: PageSize = .slide, scale: Double = 2, theme: ThemeName = .light, language: String = LocalizedText.fallbackLanguage) {
        self.formats = formats
        self.size = size
        self.scale = scale
        self.theme = theme
        self.language = language
    }
}

/// Data files written beside the figures.
public enum ExportFormat: String, Sendable, Hashable, CaseIterable {
    /// One CSV file per run: step, epoch, x, y, loss, gradient, learning rate.
    case csv
}

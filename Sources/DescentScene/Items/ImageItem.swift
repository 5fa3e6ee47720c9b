/// A raster image (such as a heatmap) drawn into a rectangle.
public struct ImageItem: Sendable, Hashable {
    /// Pixel columns.
    public var pixelWidth: Int
    /// Pixel rows.
    public var pixelHeight: Int
    /// Colors row by row from the top-left, `pixelWidth * pixelHeight` of them.
    public var pixels: [Color]
    /// Where the image is drawn.
    public var frame: Rect
    /// True to interpolate smoothly between pixels, false for crisp cells.
    public var smooth: Bool

    /// Creates an image.
    public init(pixelWidth: Int, pixelHeight: Int, pixels: [Color], frame: Rect, smooth: Bool = true) {
        self.pixelWidth = pixelWidth
        self.pixelHeight = pixelHeight
        self.pixels = pixels
        self.frame = frame
        self.smooth = smooth
    }
}

import DescentScene

/// Page sizes for common uses, in points (a PNG at scale 2 has twice as many pixels).
public enum FigureSize {
    /// A 16:9 slide: 800 x 450 pt, 1600 x 900 px at scale 2.
    public static let slide = Size(width: 800, height: 450)
    /// A figure across a printed page (6.5 x 4 in).
    public static let handout = Size(width: 468, height: 288)
    /// A square figure for one panel: 400 x 400 pt.
    public static let square = Size(width: 400, height: 400)
}

/// A file format Descent writes figures in.
public enum OutputFormat: String, Sendable, CaseIterable, Hashable {
    /// Raster image, `scale` pixels per point.
    case png
    /// Scalable vector graphics.
    case svg
    /// Portable document format (vector).
    case pdf

    /// The file name extension.
    public var fileExtension: String { rawValue }
}

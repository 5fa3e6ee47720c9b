import DescentFiles

/// Why a scene could not be rendered or written.
public enum RenderError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The page size or pixel scale is not a positive finite number.
    case invalidCanvas(width: Double, height: Double, scale: Double)
    /// Cairo reported a failure; `status` is Cairo's own description of it.
    case cairo(operation: String, status: String)
    /// A file or directory could not be created or written.
    case file(FileError)
    /// A multi-page document refers to something it does not contain (a page or an outline level).
    case invalidDocument(String)

    /// A message a user can act on.
    public var description: String {
        switch self {
        case .invalidCanvas(let width, let height, let scale):
            "cannot render a \(width) x \(height) pt page at scale \(scale): size and scale must be positive and finite"
        case .cairo(let operation, let status):
            "cairo failed to \(operation): \(status)"
        case .file(let error):
            error.description
        case .invalidDocument(let reason):
            "invalid PDF document: \(reason)"
        }
    }
}

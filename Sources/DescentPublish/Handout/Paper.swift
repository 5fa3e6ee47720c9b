import DescentScene

/// A paper size for the handout.
public enum Paper: String, Sendable, CaseIterable {
    /// ISO A4, 210 x 297 mm.
    case a4
    /// US Letter, 8.5 x 11 in.
    case letter

    /// The page size in points (1/72 inch): A4 595.28 x 841.89, Letter 612 x 792.
    public var size: Size {
        switch self {
        case .a4: Size(width: 210 / 25.4 * 72, height: 297 / 25.4 * 72)
        case .letter: Size(width: 612, height: 792)
        }
    }
}

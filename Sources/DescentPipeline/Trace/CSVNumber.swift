import Foundation

/// Formats numbers for CSV output with 17 significant digits, enough to round-trip any `Double`.
public enum CSVNumber {
    /// `%.17g` of `value` (`nan`, `inf` and `-inf` for non-finite values).
    public static func format(_ value: Double) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        return String(format: "%.17g", value)
    }
}

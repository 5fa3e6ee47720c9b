import Foundation

/// Numbers as a document prints them: `20`, `0.9`, `1e-08`, with a typographic minus sign.
enum NumberText {
    /// Whole numbers without a decimal point, others in Swift's shortest round-trip form of the
    /// value rounded to 12 significant digits; `-` is printed as the minus sign U+2212.
    static func text(_ value: Double) -> String {
        let plain: String
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
            plain = String(Int64(value))
        } else {
            // At most 12 significant digits: a start computed as -1.2000000000000002 reads -1.2.
            plain = "\(Double(String(format: "%.12g", value)) ?? value)"
        }
        return plain.replacingOccurrences(of: "-", with: "\u{2212}")
    }
}

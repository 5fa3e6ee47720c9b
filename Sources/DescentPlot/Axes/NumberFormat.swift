import Foundation

/// Compact number labels for ticks: `0.5`, `1`, `1.5`, `−2`, `1e−4`, `10⁻³`.
///
/// Digits are produced from integers (value times a power of ten, rounded), so labels never show
/// floating-point noise such as `0.30000000000000004`. Negative numbers use the minus sign U+2212.
public enum NumberFormat {
    /// The typographic minus sign.
    static let minus = "\u{2212}"

    /// `value` with at most `decimals` digits after the point, trailing zeros removed.
    public static func decimal(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "∞" : minus + "∞") }
        let d = max(0, min(decimals, 15))
        let scaled = (abs(value) * pow(10, Double(d))).rounded()
        guard scaled < 9e15 else { return scientific(value, significantDigits: 3) }
        var digits = String(Int64(scaled))
        if d > 0 {
            if digits.count <= d { digits = String(repeating: "0", count: d + 1 - digits.count) + digits }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -d))
            while digits.last == "0" { digits.removeLast() }
            if digits.last == "." { digits.removeLast() }
        }
        return (value < 0 && digits != "0" ? minus : "") + digits
    }

    /// `value` as `m e p` with the mantissa rounded to `significantDigits`: `2.5e−5`, `1e6`.
    public static func scientific(_ value: Double, significantDigits: Int) -> String {
        guard value.isFinite, value != 0 else { return decimal(value, decimals: 0) }
        var p = Int(floor(log10(abs(value))))
        var mantissa = value / pow(10, Double(p))
        let rounded = (mantissa * pow(10, Double(significantDigits - 1))).rounded() / pow(10, Double(significantDigits - 1))
        if abs(rounded) >= 10 { p += 1; mantissa = rounded / 10 } else { mantissa = rounded }
        return decimal(mantissa, decimals: significantDigits - 1) + "e" + (p < 0 ? minus : "") + String(abs(p))
    }

    /// `value` in at most `significantDigits` significant digits: plain decimals for magnitudes
    /// from 1e−4 up to 1e6, scientific outside.
    public static func compact(_ value: Double, significantDigits: Int = 3) -> String {
        guard value.isFinite, value != 0 else { return decimal(value, decimals: 0) }
        let p = Int(floor(log10(abs(value))))
        if p < -4 || p >= 6 { return scientific(value, significantDigits: significantDigits) }
        return decimal(value, decimals: max(0, significantDigits - 1 - p))
    }

    /// `10` with `exponent` in Unicode superscripts: `10⁻³`, `10⁰`, `10²`.
    public static func powerOfTen(_ exponent: Int) -> String {
        "10" + superscript(exponent)
    }

    /// `n` in Unicode superscripts: `⁻³`, `⁰`, `²`.
    public static func superscript(_ n: Int) -> String {
        let superscripts: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        let digits = String(n.magnitude).compactMap { $0.wholeNumberValue.map { superscripts[$0] } }
        return (n < 0 ? "⁻" : "") + String(digits)
    }
}

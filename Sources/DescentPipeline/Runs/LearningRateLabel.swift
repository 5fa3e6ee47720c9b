import Foundation

/// Short, readable learning-rate text for labels: `0.03`, `1e-4`, `0.0316` (3 significant digits).
enum LearningRateLabel {
    static func text(_ rate: Double) -> String {
        guard rate.isFinite, rate != 0 else { return "\(rate)" }
        if rate < 1e-3 || rate >= 1e4 { return String(format: "%.2g", rate).replacingOccurrences(of: "e-0", with: "e-") }
        return String(format: "%.3g", rate)
    }
}

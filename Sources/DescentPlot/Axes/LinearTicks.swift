import Foundation

/// Ticks for a linear axis at "nice" values: multiples of 1, 2 or 5 times a power of ten.
///
/// Heckbert's rule ("Nice numbers for graph labels", Graphics Gems, 1990): the raw step
/// `span / (n - 1)` for a target of `n` ticks is written `f * 10^e` with `1 <= f < 10`, and `f` is
/// rounded to 1 (`f < 1.5`), 2 (`f < 3`), 5 (`f < 7`) or 10. Ticks are the multiples of the step
/// inside the domain (the domain is not widened to nice bounds: axes show the data's extent).
public enum LinearTicks {
    /// The nice step for `span` and about `targetCount` ticks, as `mantissa * 10^exponent` with
    /// `mantissa` in {1, 2, 5}; nil when `span` is not a positive finite number.
    public static func niceStep(span: Double, targetCount: Int) -> (mantissa: Int, exponent: Int)? {
        guard span.isFinite, span > 0 else { return nil }
        let raw = span / Double(max(1, targetCount - 1))
        var exponent = Int(floor(log10(raw)))
        let f = raw / pow(10, Double(exponent))
        let mantissa: Int
        switch f {
        case ..<1.5: mantissa = 1
        case ..<3: mantissa = 2
        case ..<7: mantissa = 5
        default: mantissa = 1; exponent += 1
        }
        return (mantissa, exponent)
    }

    /// Labeled ticks at multiples of the nice step inside `domain`. When that step leaves fewer
    /// than `min(3, targetCount)` ticks inside (the domain is not widened, so -3...3 with a step of
    /// 5 would show only 0), the next smaller nice step is taken (5 -> 2 -> 1 -> 0.5 ...).
    public static func ticks(in domain: ClosedRange<Double>, targetCount: Int) -> [Tick] {
        let lo = domain.lowerBound, hi = domain.upperBound
        guard var (mantissa, exponent) = niceStep(span: hi - lo, targetCount: targetCount) else {
            return lo.isFinite ? [Tick(value: lo, label: NumberFormat.compact(lo))] : []
        }
        for _ in 0..<3 {
            let step = Double(mantissa) * pow(10, Double(exponent))
            let inside = floor(hi / step + 1e-9) - ceil(lo / step - 1e-9) + 1
            guard inside < Double(min(3, targetCount)) else { break }
            switch mantissa {
            case 5: mantissa = 2
            case 2: mantissa = 1
            default: mantissa = 5; exponent -= 1
            }
        }
        let step = Double(mantissa) * pow(10, Double(exponent))
        let first = ceil(lo / step - 1e-9), last = floor(hi / step + 1e-9)
        guard first.isFinite, last.isFinite, last - first < 1000 else { return [] }
        let magnitude = max(abs(lo), abs(hi))
        let scientific = magnitude >= 1e6 || exponent < -5
        return stride(from: first, through: last, by: 1).map { i in
            // i * mantissa is an exact integer; one division or multiplication by an exact power of
            // ten rounds once, so 3 * 0.2 comes out as 0.6.
            let units = i * Double(mantissa)
            let value = exponent >= 0 ? units * pow(10, Double(exponent)) : units / pow(10, Double(-exponent))
            let label: String
            if scientific, value != 0 {
                let p = Int(floor(log10(abs(value)) + 1e-9))
                label = NumberFormat.scientific(value, significantDigits: max(1, p - exponent + 1))
            } else {
                label = NumberFormat.decimal(value, decimals: max(0, -exponent))
            }
            return Tick(value: value, label: label)
        }
    }
}

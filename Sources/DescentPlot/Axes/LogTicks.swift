import Foundation

/// Ticks for a logarithmic axis: labeled decades `10^k` with light minor ticks at `2..9 * 10^k`.
///
/// When the domain spans too many decades for `maxLabels`, only every `s`-th decade (multiples of
/// `s` in the exponent) is labeled. When it holds fewer than two decades, ticks fall back to
/// `{1, 2, 5} * 10^k`, then to `{1, ..., 9} * 10^k`, then to linear nice ticks.
public enum LogTicks {
    /// Ticks inside `domain` (bounds must be positive; others yield no ticks).
    public static func ticks(in domain: ClosedRange<Double>, maxLabels: Int) -> [Tick] {
        let lo = domain.lowerBound, hi = domain.upperBound
        guard lo > 0, hi.isFinite, hi > lo else { return [] }
        let a = log10(lo), b = log10(hi)
        let kLo = Int(ceil(a - 1e-9)), kHi = Int(floor(b + 1e-9))
        let decades = kHi - kLo + 1
        guard decades >= 2 else { return fallback(lo: lo, hi: hi, maxLabels: maxLabels) }

        let stride = labelStride(decades: decades, maxLabels: maxLabels)
        let aligned = (kLo...kHi).filter { $0 % stride == 0 }.count >= 2
        var ticks = (kLo...kHi).map { k -> Tick in
            let labeled = aligned ? k % stride == 0 : (k - kLo) % stride == 0
            return Tick(value: pow(10, Double(k)), label: labeled ? NumberFormat.powerOfTen(k) : nil, isMajor: labeled || decades <= 12)
        }
        if decades <= 6 {
            let minor = multiples(Array(2...9), decades: Int(floor(a))...kHi, within: lo...hi)
            ticks += minor.map { Tick(value: $0, label: nil, isMajor: false) }
        }
        return ticks
    }

    /// The smallest of 1, 2, 3, 5, 10, 20, 30, 50, ... decades between labels that leaves at most
    /// `maxLabels` labels (one more may fit when the labeled decades fall just so).
    static func labelStride(decades: Int, maxLabels: Int) -> Int {
        let needed = Double(decades) / Double(max(1, maxLabels))
        var power = 1
        while true {
            for m in [1, 2, 3, 5] where Double(m * power) >= needed { return m * power }
            power *= 10
        }
    }

    /// Ticks for a domain holding fewer than two decades.
    private static func fallback(lo: Double, hi: Double, maxLabels: Int) -> [Tick] {
        let decades = Int(floor(log10(lo)))...Int(floor(log10(hi)))
        func candidates(_ factors: [Int]) -> [Double] { multiples(factors, decades: decades, within: lo...hi) }
        for multiples in [[1, 2, 5], Array(1...9)] {
            let values = candidates(multiples)
            if values.count >= 2, values.count <= max(2, maxLabels + 2) {
                let minor = candidates(Array(1...9)).filter { !values.contains($0) }
                return values.map { Tick(value: $0, label: NumberFormat.compact($0)) }
                    + minor.map { Tick(value: $0, label: nil, isMajor: false) }
            }
        }
        return LinearTicks.ticks(in: lo...hi, targetCount: maxLabels)
    }

    /// The values `j * 10^k` for `j` in `factors` and `k` in `decades` that lie in `range`
    /// (with a relative tolerance of 1e-12 at the ends).
    private static func multiples(_ factors: [Int], decades: ClosedRange<Int>, within range: ClosedRange<Double>) -> [Double] {
        var values: [Double] = []
        let lo = range.lowerBound * (1 - 1e-12), hi = range.upperBound * (1 + 1e-12)
        for k in decades {
            let power = pow(10, Double(k))
            for j in factors {
                let v = Double(j) * power
                if v >= lo, v <= hi { values.append(v) }
            }
        }
        return values
    }
}

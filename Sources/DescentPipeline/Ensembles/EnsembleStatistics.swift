import DescentNumerics

/// Order statistics of a seed ensemble: quantiles of its members' values, step by step, and the
/// member that stands for the ensemble on a map.
///
/// Quantiles interpolate linearly between order statistics, as numpy's default
/// (`numpy.quantile(..., method="linear")`, Hyndman and Fan's type 7): with the `n` values sorted,
/// `x_(0) ≤ x_(1) ≤ ... ≤ x_(n-1)`, and `h = (n - 1)·q`,
///
///     Q(q) = x_(⌊h⌋) + (h − ⌊h⌋)·(x_(⌊h⌋+1) − x_(⌊h⌋)).
///
/// A diverged member counts as `+infinity` from the step it diverged on (it is worse than every
/// member that kept going), so a quantile that reaches into the diverged members is `+infinity`
/// and a band drawn from it leaves the chart. NaN values are left out.
public enum EnsembleStatistics {
    /// The band a loss or distance panel draws: from the 10 % to the 90 % quantile.
    public static let band = (lower: 0.1, upper: 0.9)

    /// The `q`-quantile (`0 ≤ q ≤ 1`) of `values`, or nil when no value is a number.
    public static func quantile(_ values: [Double], _ q: Double) -> Double? {
        quantile(sorted: values.filter { !$0.isNaN }.sorted(), q)
    }

    /// The `q`-quantile of values already sorted ascending (without NaN), or nil when empty.
    public static func quantile(sorted: [Double], _ q: Double) -> Double? {
        guard !sorted.isEmpty else { return nil }
        let h = Double(sorted.count - 1) * min(max(q, 0), 1)
        let below = min(Int(h.rounded(.down)), sorted.count - 1), weight = h - Double(below)
        guard below + 1 < sorted.count, weight > 0 else { return sorted[below] }
        let lo = sorted[below], hi = sorted[below + 1]
        // Interpolating towards a diverged member (`+infinity`) gives infinity, never `inf - inf`.
        if hi == .infinity { return .infinity }
        return lo + weight * (hi - lo)
    }

    /// Step by step, the quantiles `qs` of the members' values: `result[k][t]` is the `qs[k]`
    /// quantile of `series[m][t]` over the members `m`. A member shorter than the longest one
    /// (it diverged) counts as `+infinity` past its end.
    public static func pointwise(_ series: [[Double]], quantiles qs: [Double]) -> [[Double]] {
        let length = series.map(\.count).max() ?? 0
        var result = qs.map { _ in [Double](repeating: .nan, count: length) }
        var column = [Double]()
        column.reserveCapacity(series.count)
        for t in 0..<length {
            column.removeAll(keepingCapacity: true)
            for member in series {
                let value = t < member.count ? member[t] : .infinity
                if !value.isNaN { column.append(value) }
            }
            column.sort()
            for (k, q) in qs.enumerated() { result[k][t] = quantile(sorted: column, q) ?? .nan }
        }
        return result
    }

    /// The member that stands for the ensemble: the one with the median final loss. Members are
    /// ordered by final loss (a diverged member's is `+infinity`; equal losses keep member order)
    /// and the one at position `⌊(n − 1)/2⌋` is taken, the lower median when `n` is even. For an
    /// odd `n` its final loss is the ensemble's median final loss.
    public static func medianMember(_ members: [Trajectory]) -> Int {
        let order = members.indices.sorted { a, b in
            let la = finalLoss(members[a]), lb = finalLoss(members[b])
            return la == lb ? a < b : la < lb
        }
        return order.isEmpty ? 0 : order[(order.count - 1) / 2]
    }

    /// A member's final loss as the ordering uses it: `+infinity` when it diverged or has none.
    static func finalLoss(_ trajectory: Trajectory) -> Double {
        guard trajectory.divergence == nil, let loss = trajectory.finalLoss, !loss.isNaN else { return .infinity }
        return loss
    }
}

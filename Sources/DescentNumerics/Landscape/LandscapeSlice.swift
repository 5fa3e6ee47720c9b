import Foundation

/// The true loss sampled on a regular grid of a `LandscapePlane`: the contour map of a slice of a
/// network's loss.
///
/// Grid point `(column, row)` is `(a, b) = (a_lo + column (a_hi - a_lo)/(columns - 1),
/// b_lo + row (b_hi - b_lo)/(rows - 1))` and holds `loss(c + a u + b v)`; `values` runs row by
/// row from `b_lo`, as a plot's `ScalarField` does.
public struct LandscapeSlice: Sendable, Hashable {
    /// The range of the first coordinate `a` (along `u`).
    public var a: ClosedRange<Double>
    /// The range of the second coordinate `b` (along `v`).
    public var b: ClosedRange<Double>
    /// Samples along `a`.
    public var columns: Int
    /// Samples along `b`.
    public var rows: Int
    /// `values[row * columns + column]`.
    public var values: [Double]

    /// Evaluates `loss` at every grid point of `plane` over `a` x `b` (at least 2 x 2 samples).
    ///
    /// The rows are shared among `workers` concurrent workers (row `r` goes to worker
    /// `r mod workers`); each worker fills one parameter buffer in place for each of its points,
    /// so nothing is allocated per point but what `loss` allocates itself. Every value is a pure
    /// function of its grid point, so the result does not depend on scheduling.
    public static func evaluate(
        _ plane: LandscapePlane, a: ClosedRange<Double>, b: ClosedRange<Double>, columns: Int, rows: Int,
        workers: Int = ProcessInfo.processInfo.activeProcessorCount, loss: @escaping @Sendable ([Double]) -> Double
    ) -> LandscapeSlice {
        let columns = max(2, columns), rows = max(2, rows)
        let store = RowStore(rows: rows)
        let width = min(max(1, workers), rows)
        DispatchQueue.concurrentPerform(iterations: width) { worker in
            var buffer = plane.center
            for row in stride(from: worker, to: rows, by: width) {
                let bv = coordinate(row, of: rows, in: b)
                var values = [Double](repeating: .nan, count: columns)
                for column in 0..<columns {
                    plane.parameters(a: coordinate(column, of: columns, in: a), b: bv, into: &buffer)
                    values[column] = loss(buffer)
                }
                store.set(row, values)
            }
        }
        return LandscapeSlice(a: a, b: b, columns: columns, rows: rows, values: store.joined())
    }

    /// Creates a slice from samples already computed.
    public init(a: ClosedRange<Double>, b: ClosedRange<Double>, columns: Int, rows: Int, values: [Double]) {
        self.a = a
        self.b = b
        self.columns = columns
        self.rows = rows
        self.values = values
    }

    /// The `index`-th of `count` evenly spaced values from `range.lowerBound` to `range.upperBound`.
    public static func coordinate(_ index: Int, of count: Int, in range: ClosedRange<Double>) -> Double {
        range.lowerBound + (range.upperBound - range.lowerBound) * Double(index) / Double(max(1, count - 1))
    }

    /// The sample at a grid index.
    public subscript(column: Int, row: Int) -> Double { values[row * columns + column] }

    /// A window holding every finite point of `coordinates` (and the center `(0, 0)`), widened by
    /// `margin` of its size on each side: the range of a plane fitted to projected paths. An
    /// empty or flat extent gets half-width `1` (the scale of a filter-normalized direction).
    public static func window(covering coordinates: [(a: Double, b: Double)], margin: Double = 0.1) -> (a: ClosedRange<Double>, b: ClosedRange<Double>) {
        let finite = coordinates.filter { $0.a.isFinite && $0.b.isFinite }
        func range(_ values: [Double]) -> ClosedRange<Double> {
            let lo = min(0, values.min() ?? 0), hi = max(0, values.max() ?? 0)
            let span = hi - lo
            guard span > 0 else { return (lo - 1)...(hi + 1) }
            return (lo - margin * span)...(hi + margin * span)
        }
        return (range(finite.map(\.a)), range(finite.map(\.b)))
    }
}

/// The rows of a slice, written from concurrent workers, each row once.
private final class RowStore: @unchecked Sendable {
    private var rows: [[Double]]
    private let lock = NSLock()

    init(rows count: Int) { rows = Array(repeating: [], count: count) }

    func set(_ row: Int, _ values: [Double]) {
        lock.lock()
        rows[row] = values
        lock.unlock()
    }

    func joined() -> [Double] {
        lock.lock()
        defer { lock.unlock() }
        return rows.flatMap { $0 }
    }
}

import DescentScene

/// The paths of a map that run under later paths for most of their length, as three optimizers
/// that follow one valley floor do: drawn in order, only the last one's color would show there.
/// Each such path is drawn once more, dashed, over all the lines, the dashes of the hidden paths
/// taking turns (`dash` long each, `count + 1` dashes to a period, the last gap the top path's),
/// so a shared stretch shows every color in turn.
///
/// A path counts as hidden when at least `hiddenShare` of its visible length lies in cells (one
/// line width across) that later paths pass through; length is sampled every half cell, so a
/// converged run's thousands of steps on one spot weigh nothing.
struct HiddenPaths {
    /// The share of a path's length under later paths from which it is redrawn dashed.
    static let hiddenShare = 0.4
    /// The length of a dash, in typographic units.
    static let dash = 5.0
    /// The most paths redrawn (the first hidden ones); more would make dashes too sparse.
    static let maximumCount = 3

    /// The indices of the hidden paths among `paths` (each its visible pieces, in drawing
    /// order), within `bounds`, for lines `lineWidth` wide.
    static func indices(_ paths: [[[Point]]], bounds: Rect, lineWidth: Double) -> [Int] {
        guard paths.count > 1, lineWidth > 0 else { return [] }
        var later = PathCoverage(bounds: bounds, cell: lineWidth)
        var hidden: [Int] = []
        for i in paths.indices.reversed().dropFirst() {
            later.add(paths[i + 1])
            if share(of: paths[i], under: later) >= hiddenShare { hidden.append(i) }
        }
        return Array(hidden.reversed().prefix(maximumCount))
    }

    /// The dash pattern of hidden path `layer` (0-based) of `count`: one dash in `count + 1`,
    /// shifted by `layer` dashes.
    static func pattern(layer: Int, of count: Int, unit: Double) -> [Double] {
        let d = dash * unit, before = Double(layer) * d, after = Double(count - layer) * d
        return before > 0 ? [0, before, d, after] : [d, after]
    }

    /// The share of the length of `pieces` that lies in cells `coverage` has marked.
    static func share(of pieces: [[Point]], under coverage: PathCoverage) -> Double {
        let step = coverage.cell / 2
        var samples = 0, covered = 0
        for piece in pieces {
            for (a, b) in zip(piece, piece.dropFirst()) {
                let dx = b.x - a.x, dy = b.y - a.y, length = (dx * dx + dy * dy).squareRoot()
                guard length.isFinite, length > 0 else { continue }
                let n = Int((length / step).rounded(.up))
                for k in 0..<n {
                    let t = (Double(k) + 0.5) / Double(n)
                    samples += 1
                    if coverage.isMarked(Point(a.x + t * dx, a.y + t * dy)) { covered += 1 }
                }
            }
        }
        return samples == 0 ? 0 : Double(covered) / Double(samples)
    }
}

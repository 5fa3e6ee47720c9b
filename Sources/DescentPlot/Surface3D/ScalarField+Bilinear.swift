extension ScalarField {
    /// The bilinear interpolant of the samples at data point (`x`, `y`), clamped to the grid.
    ///
    /// With fractional grid coordinates `gx = (x - x0) / (x1 - x0) (columns - 1)` (and `gy` alike),
    /// cell `(i, j) = (floor gx, floor gy)` and `s = gx - i`, `t = gy - j`:
    /// `f = (1-s)(1-t) f[i,j] + s(1-t) f[i+1,j] + (1-s) t f[i,j+1] + s t f[i+1,j+1]`.
    /// Grid coordinates within 1e-9 of a sample line snap onto it, and terms of weight zero are
    /// skipped, so the interpolant at a sample is that sample even next to a NaN. NaN when the field
    /// is not a usable grid, the point or extent is not finite, or a sample it weighs is not finite.
    func bilinear(atX x: Double, y: Double) -> Double {
        guard isContourable else { return .nan }
        let gx = Self.gridCoordinate(x, in: self.x, samples: columns)
        let gy = Self.gridCoordinate(y, in: self.y, samples: rows)
        guard gx.isFinite, gy.isFinite else { return .nan }
        let i = min(columns - 2, Int(gx)), j = min(rows - 2, Int(gy))
        let s = Self.snapped(gx - Double(i)), t = Self.snapped(gy - Double(j))
        func term(_ weight: Double, _ column: Int, _ row: Int) -> Double { weight == 0 ? 0 : weight * self[column, row] }
        return term((1 - s) * (1 - t), i, j) + term(s * (1 - t), i + 1, j) + term((1 - s) * t, i, j + 1) + term(s * t, i + 1, j + 1)
    }

    /// `w` snapped to 0 or 1 when within 1e-9 of it.
    private static func snapped(_ w: Double) -> Double { w < 1e-9 ? 0 : (w > 1 - 1e-9 ? 1 : w) }

    /// `(v - lo) / (hi - lo) (samples - 1)` clamped to `0...samples - 1`; NaN for an empty or
    /// non-finite extent.
    private static func gridCoordinate(_ v: Double, in range: ClosedRange<Double>, samples: Int) -> Double {
        let span = range.upperBound - range.lowerBound
        guard span > 0, span.isFinite, v.isFinite else { return .nan }
        return min(Double(samples - 1), max(0, (v - range.lowerBound) / span * Double(samples - 1)))
    }
}

/// The 3D box a surface is drawn in, and how data x and y map into it.
///
/// The box spans `-halfX...halfX` by `-halfY...halfY` by `0...height`. Its base keeps the data's
/// aspect ratio within 1:2 (the longer side is 2 units long, the shorter at least 1), and its
/// height is `heightRatio` of the longer side: 4:4:2 against matplotlib's 4:4:3, so near walls hide
/// less of the valleys behind them while slopes stay readable.
struct SurfaceBox {
    /// The x extent of the data, or nil when it is empty or not finite.
    let x: ClosedRange<Double>?
    /// The y extent of the data, or nil when it is empty or not finite.
    let y: ClosedRange<Double>?
    /// Half the box's x side.
    let halfX: Double
    /// Half the box's y side.
    let halfY: Double
    /// The box's height.
    let height: Double

    /// Height of the box over the longer side of its base.
    static let heightRatio = 0.5

    /// The box for a field over `x` by `y`.
    init(x: ClosedRange<Double>, y: ClosedRange<Double>) {
        self.x = Self.usable(x)
        self.y = Self.usable(y)
        var aspect = 1.0
        if let x = self.x, let y = self.y {
            aspect = min(2, max(0.5, (y.upperBound - y.lowerBound) / (x.upperBound - x.lowerBound)))
        }
        halfX = aspect >= 1 ? 1 / aspect : 1
        halfY = aspect >= 1 ? 1 : aspect
        height = 2 * Self.heightRatio
    }

    /// Box x of data x (NaN when the x extent is unusable).
    func u(_ value: Double) -> Double {
        guard let x else { return .nan }
        return -halfX + 2 * halfX * (value - x.lowerBound) / (x.upperBound - x.lowerBound)
    }

    /// Box y of data y (NaN when the y extent is unusable).
    func v(_ value: Double) -> Double {
        guard let y else { return .nan }
        return -halfY + 2 * halfY * (value - y.lowerBound) / (y.upperBound - y.lowerBound)
    }

    /// The eight corners.
    var corners: [Vec3] {
        [-halfX, halfX].flatMap { cx in [-halfY, halfY].flatMap { cy in [0, height].map { Vec3(cx, cy, $0) } } }
    }

    private static func usable(_ r: ClosedRange<Double>) -> ClosedRange<Double>? {
        let span = r.upperBound - r.lowerBound
        return r.lowerBound.isFinite && r.upperBound.isFinite && span > 0 && span.isFinite ? r : nil
    }
}

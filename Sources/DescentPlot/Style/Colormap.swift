import DescentScene

/// A perceptually ordered map from 0...1 to colors, given by evenly spaced stops.
///
/// `color(at: t)` interpolates linearly between neighbouring stops: with stops `c_0 ... c_{n-1}`,
/// `u = t (n - 1)`, `i = floor(u)`, the color is `c_i + (u - i) (c_{i+1} - c_i)`, so stop `k` sits
/// exactly at `t = k / (n - 1)`.
public struct Colormap: Sendable, Hashable {
    /// The name (`viridis`).
    public var name: String
    /// Evenly spaced stops from 0 to 1.
    public var stops: [Color]

    /// Creates a colormap from evenly spaced stops.
    public init(name: String, stops: [Color]) {
        self.name = name
        self.stops = stops
    }

    /// Creates a colormap from evenly spaced `0xRRGGBB` stops.
    public init(name: String, hexStops: [UInt32]) {
        self.init(name: name, stops: hexStops.map { Color(hex: $0) })
    }

    /// The color at `t` (clamped to 0...1; a non-finite `t` reads as 0), interpolated between stops.
    public func color(at t: Double) -> Color {
        guard stops.count > 1 else { return stops.first ?? .black }
        let u = min(1, max(0, t.isFinite ? t : 0)) * Double(stops.count - 1)
        let i = min(stops.count - 2, Int(u))
        return stops[i].mixed(with: stops[i + 1], u - Double(i))
    }

    /// The same colormap with every stop mixed toward `color` by `amount` (0 keeps it, 1 replaces
    /// it): a washed-out map that colored lines stay readable over.
    public func washed(toward color: Color, by amount: Double) -> Colormap {
        Colormap(name: name, stops: stops.map { $0.mixed(with: color, amount) })
    }

    /// The part of this colormap over `range` (clamped to 0...1), resampled to `count` stops:
    /// `segment(0.2...1)` drops the darkest fifth.
    public func segment(_ range: ClosedRange<Double>, count: Int = 64) -> Colormap {
        let lo = min(1, max(0, range.lowerBound)), hi = min(1, max(lo, range.upperBound))
        let n = max(2, count)
        return Colormap(name: name, stops: (0..<n).map { color(at: lo + (hi - lo) * Double($0) / Double(n - 1)) })
    }

    /// The colormap run backwards.
    public var reversed: Colormap { Colormap(name: name + "_r", stops: stops.reversed()) }

    /// Light grays from near-white to mid gray: a contour background for print that leaves black and
    /// dark lines readable.
    public static let grays = Colormap(name: "grays", hexStops: [0x5F5F5F, 0xF7F7F7])
}

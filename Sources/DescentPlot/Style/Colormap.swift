import DescentScene

/// A perceptually ordered map from 0...1 to colors.
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

    /// The color at `t` (clamped to 0...1), interpolated between stops.
    public func color(at t: Double) -> Color {
        guard stops.count > 1 else { return stops.first ?? .black }
        let u = min(1, max(0, t.isFinite ? t : 0)) * Double(stops.count - 1)
        let i = min(stops.count - 2, Int(u))
        return stops[i].mixed(with: stops[i + 1], u - Double(i))
    }

    /// Matplotlib's viridis, sampled at 11 stops.
    public static let viridis = Colormap(name: "viridis", stops: [
        0x440154, 0x482475, 0x414487, 0x355F8D, 0x2A788E, 0x21918C, 0x22A884, 0x44BF70, 0x7AD151, 0xBDDF26, 0xFDE725,
    ].map { Color(hex: $0) })
}

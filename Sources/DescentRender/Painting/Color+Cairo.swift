import CDescentCairo
import DescentScene

extension Color {
    /// Makes this color the source of `cr`; channels outside 0...1 are clamped, non-finite ones read as 0.
    func setSource(on cr: OpaquePointer) {
        cairo_set_source_rgba(cr, Self.unit(red), Self.unit(green), Self.unit(blue), Self.unit(alpha))
    }

    /// The channel as a byte scaled by `alpha` (premultiplied), rounded to nearest.
    static func premultipliedByte(_ channel: Double, alpha: Double) -> UInt32 {
        UInt32((unit(channel) * unit(alpha) * 255).rounded())
    }

    /// `value` clamped to 0...1; NaN reads as 0.
    static func unit(_ value: Double) -> Double {
        value.isNaN ? 0 : min(max(value, 0), 1)
    }
}

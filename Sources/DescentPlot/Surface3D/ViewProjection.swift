import DescentScene
import Foundation

/// An orthographic camera: matplotlib's view angles turned into a screen basis, plus the scale and
/// origin that place the projected box in device space.
///
/// With azimuth `a` and elevation `e`, the unit vector toward the eye is
/// `toward = (cos e cos a, cos e sin a, sin e)`; screen right is `right = (-sin a, cos a, 0)` and
/// screen up is `up = toward x right = (-sin e cos a, -sin e sin a, cos e)`. A box point `p` lands at
/// device `(originX + scale (p . right), originY - scale (p . up))` (device y grows downwards), and
/// `p . toward` is its nearness to the eye.
struct ViewProjection {
    /// Unit vector from the box toward the eye.
    let toward: Vec3
    /// Unit vector pointing right on the screen.
    let right: Vec3
    /// Unit vector pointing up on the screen.
    let up: Vec3
    /// Device points per box unit.
    var scale: Double = 1
    /// Device x of the box origin.
    var originX: Double = 0
    /// Device y of the box origin.
    var originY: Double = 0

    /// The camera for view angles in degrees; a non-finite angle reads as matplotlib's default
    /// (-60 for azimuth, 30 for elevation) and the elevation is clamped to -90...90.
    init(azimuth: Double, elevation: Double) {
        let a = (azimuth.isFinite ? azimuth : -60) * .pi / 180
        let e = min(90, max(-90, elevation.isFinite ? elevation : 30)) * .pi / 180
        toward = Vec3(cos(e) * cos(a), cos(e) * sin(a), sin(e))
        right = Vec3(-sin(a), cos(a), 0)
        up = Vec3(-sin(e) * cos(a), -sin(e) * sin(a), cos(e))
    }

    /// Screen coordinates of `p` before scaling: `(p . right, p . up)`, y upwards.
    func camera(_ p: Vec3) -> (x: Double, y: Double) { (p.dot(right), p.dot(up)) }

    /// The device point of box point `p`.
    func point(_ p: Vec3) -> Point {
        let c = camera(p)
        return Point(originX + scale * c.x, originY - scale * c.y)
    }

    /// Nearness of `p` to the eye (larger is nearer).
    func depth(_ p: Vec3) -> Double { p.dot(toward) }

    /// The device direction (unit, or nil when it projects to almost nothing) of box direction `d`.
    func screenDirection(_ d: Vec3) -> (dx: Double, dy: Double)? {
        let c = camera(d), l = hypot(c.x, c.y)
        return l > 1e-6 ? (c.x / l, -c.y / l) : nil
    }

    /// This camera scaled and moved so that camera-space bounds `bounds` (y upwards) fill `target`,
    /// keeping the aspect ratio and centering the slack.
    func fitted(bounds: (minX: Double, minY: Double, maxX: Double, maxY: Double), into target: Rect) -> ViewProjection {
        let w = bounds.maxX - bounds.minX, h = bounds.maxY - bounds.minY
        var s = min(target.width / max(w, 1e-9), target.height / max(h, 1e-9))
        if !s.isFinite || s <= 0 { s = 1 }
        var fitted = self
        fitted.scale = s
        fitted.originX = target.center.x - s * (bounds.minX + bounds.maxX) / 2
        fitted.originY = target.center.y + s * (bounds.minY + bounds.maxY) / 2
        return fitted
    }
}

import DescentScene

/// Simple Lambert shading of the mesh quads under one light fixed relative to the viewer.
///
/// The light comes from the upper left, a little from the viewer's side:
/// `L = normalize(-0.45 right + 0.75 up + 0.5 toward)`, so the look stays the same whatever the view
/// angles. A quad with unit normal `n` (turned to face the viewer) gets the diffuse term
/// `d = max(0, n . L)` and its color is scaled by `ambient + (1 - ambient) d`.
struct LambertShading {
    /// The unit vector toward the light, in box coordinates.
    let light: Vec3
    /// The unit vector toward the eye.
    let toward: Vec3
    /// The brightness of a quad facing away from the light.
    static let ambient = 0.62

    /// The shading for a camera.
    init(_ projection: ViewProjection) {
        let l = -0.45 * projection.right + 0.75 * projection.up + 0.5 * projection.toward
        light = l.normalized ?? projection.toward
        toward = projection.toward
    }

    /// The brightness factor `ambient + (1 - ambient) max(0, n . L)` of a quad whose corners
    /// `a, b, c, d` go around it (normal `(c - a) x (d - b)`); 1 for a degenerate quad.
    func brightness(_ a: Vec3, _ b: Vec3, _ c: Vec3, _ d: Vec3) -> Double {
        guard var n = (c - a).cross(d - b).normalized else { return 1 }
        if n.dot(toward) < 0 { n = -1 * n }
        return Self.ambient + (1 - Self.ambient) * max(0, n.dot(light))
    }

    /// `color` scaled by `brightness` (alpha kept).
    func shade(_ color: Color, brightness: Double) -> Color {
        Color(red: color.red * brightness, green: color.green * brightness, blue: color.blue * brightness, alpha: color.alpha)
    }
}

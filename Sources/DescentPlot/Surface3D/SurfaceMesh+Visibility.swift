import Foundation

extension SurfaceMesh {
    /// True when nothing of the mesh lies between box point `p` and an eye far away in direction
    /// `toward` (a unit vector).
    ///
    /// The ray `p + t toward` is marched in steps of half a quad (measured across the base) until it
    /// leaves the box's base or rises above its top (falls below 0 when looking from below); `p` is
    /// hidden when the mesh stands higher than the ray at any step (from above the ray then runs
    /// into a slope, from below it has passed through the sheet). Looking straight down, every
    /// point on the mesh is visible; straight up, none is.
    func isVisible(_ p: Vec3, toward: Vec3) -> Bool {
        let across = hypot(toward.x, toward.y)
        guard across > 1e-9 else { return toward.z > 0 }
        let quad = min(2 * box.halfX / Double(columns), 2 * box.halfY / Double(rows))
        let dt = 0.5 * quad / across
        let ceiling = box.height, tolerance = 1e-6 * max(ceiling, 1)
        var t = dt
        while true {
            let q = p + t * toward
            if q.z > ceiling || q.z < 0 { return true }
            let g = grid(q)
            let h = height(gx: g.x, gy: g.y)
            if h.isNaN {
                if g.x < 0 || g.y < 0 || g.x > Double(columns) || g.y > Double(rows) { return true }
            } else if h > q.z + tolerance {
                return false
            }
            t += dt
        }
    }
}

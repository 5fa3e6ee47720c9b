/// A point or direction in the 3D box of a surface panel.
struct Vec3: Hashable {
    var x: Double
    var y: Double
    var z: Double

    init(_ x: Double, _ y: Double, _ z: Double) {
        self.x = x
        self.y = y
        self.z = z
    }

    static func + (a: Vec3, b: Vec3) -> Vec3 { Vec3(a.x + b.x, a.y + b.y, a.z + b.z) }
    static func - (a: Vec3, b: Vec3) -> Vec3 { Vec3(a.x - b.x, a.y - b.y, a.z - b.z) }
    static func * (k: Double, a: Vec3) -> Vec3 { Vec3(k * a.x, k * a.y, k * a.z) }

    /// The dot product.
    func dot(_ b: Vec3) -> Double { x * b.x + y * b.y + z * b.z }

    /// The cross product `self x b`.
    func cross(_ b: Vec3) -> Vec3 { Vec3(y * b.z - z * b.y, z * b.x - x * b.z, x * b.y - y * b.x) }

    /// Euclidean length.
    var length: Double { dot(self).squareRoot() }

    /// The unit vector in the same direction, or nil for a zero or non-finite vector.
    var normalized: Vec3? {
        let l = length
        return l > 0 && l.isFinite ? (1 / l) * self : nil
    }
}

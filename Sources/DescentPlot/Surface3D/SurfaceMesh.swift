/// The field resampled on a grid of `columns x rows` quads and placed in the box.
///
/// Vertex `(i, j)` sits at data `x_i = x0 + (x1 - x0) i / columns`, `y_j` alike, and holds the
/// field's bilinear interpolant there; its box position is `(u(x_i), v(y_j), height level(f))`.
/// Fractional grid coordinates `gx` in `0...columns`, `gy` in `0...rows` address the mesh.
struct SurfaceMesh {
    /// Quads along x.
    let columns: Int
    /// Quads along y.
    let rows: Int
    /// Box positions of the `(columns + 1) (rows + 1)` vertices, row by row from `y0`; a vertex
    /// whose value is not finite has a NaN height.
    let vertices: [Vec3]
    /// Colormap positions of the vertices.
    let colorPositions: [Double]
    /// The mapping of values to heights and colors.
    let scale: HeightScale
    /// The box the mesh is placed in.
    let box: SurfaceBox
    /// The data extents (those of `box`, known to be usable).
    private let xRange: ClosedRange<Double>, yRange: ClosedRange<Double>

    /// The mesh of `field` with `quads` quads along each side (clamped to 2...200) in `box`; nil
    /// when the field is not a usable grid, its extent is unusable or it has no finite value.
    init?(field: ScalarField, quads: Int, box: SurfaceBox, colorScale: Surface3DPanel.ColorScale) {
        guard field.isContourable, let xr = box.x, let yr = box.y else { return nil }
        let n = min(200, max(2, quads))
        var values: [Double] = []
        values.reserveCapacity((n + 1) * (n + 1))
        for j in 0...n {
            let y = yr.lowerBound + (yr.upperBound - yr.lowerBound) * Double(j) / Double(n)
            for i in 0...n {
                values.append(field.bilinear(atX: xr.lowerBound + (xr.upperBound - xr.lowerBound) * Double(i) / Double(n), y: y))
            }
        }
        guard let scale = HeightScale(values: values, colorScale: colorScale) else { return nil }
        columns = n
        rows = n
        self.scale = scale
        self.box = box
        xRange = xr
        yRange = yr
        colorPositions = values.map { scale.colorPosition($0) }
        var vertices: [Vec3] = []
        vertices.reserveCapacity(values.count)
        for j in 0...n {
            for i in 0...n {
                let f = values[j * (n + 1) + i]
                vertices.append(Vec3(
                    -box.halfX + 2 * box.halfX * Double(i) / Double(n), -box.halfY + 2 * box.halfY * Double(j) / Double(n),
                    f.isFinite ? box.height * scale.level(f) : .nan
                ))
            }
        }
        self.vertices = vertices
    }

    /// Index of vertex `(i, j)`.
    @inline(__always)
    func index(_ i: Int, _ j: Int) -> Int { j * (columns + 1) + i }

    /// The box height of the mesh at fractional grid coordinates, bilinear within the quad: NaN
    /// off the grid or where a corner is a hole.
    func height(gx: Double, gy: Double) -> Double {
        guard gx >= 0, gy >= 0, gx <= Double(columns), gy <= Double(rows) else { return .nan }
        let i = min(columns - 1, Int(gx)), j = min(rows - 1, Int(gy))
        let s = gx - Double(i), t = gy - Double(j)
        let a = vertices[index(i, j)].z, b = vertices[index(i + 1, j)].z
        let c = vertices[index(i, j + 1)].z, d = vertices[index(i + 1, j + 1)].z
        return (1 - s) * (1 - t) * a + s * (1 - t) * b + (1 - s) * t * c + s * t * d
    }

    /// The fractional grid coordinates of data point (`x`, `y`) (outside `0...columns` when the
    /// point is off the mesh; NaN when it is not finite).
    func grid(x: Double, y: Double) -> (x: Double, y: Double) {
        ((x - xRange.lowerBound) / (xRange.upperBound - xRange.lowerBound) * Double(columns),
         (y - yRange.lowerBound) / (yRange.upperBound - yRange.lowerBound) * Double(rows))
    }

    /// The fractional grid coordinates of box point `p`.
    func grid(_ p: Vec3) -> (x: Double, y: Double) {
        ((p.x + box.halfX) / (2 * box.halfX) * Double(columns), (p.y + box.halfY) / (2 * box.halfY) * Double(rows))
    }

    /// The box point over fractional grid coordinates (`gx`, `gy`) at box height `z`.
    func boxPoint(gx: Double, gy: Double, z: Double) -> Vec3 {
        Vec3(-box.halfX + 2 * box.halfX * gx / Double(columns), -box.halfY + 2 * box.halfY * gy / Double(rows), z)
    }

    /// The point `lift` above the mesh over grid coordinates (`gx`, `gy`), or nil off the mesh or
    /// over a hole.
    func surfacePoint(gx: Double, gy: Double, lift: Double) -> Vec3? {
        let h = height(gx: gx, gy: gy)
        return h.isFinite ? boxPoint(gx: gx, gy: gy, z: h + lift) : nil
    }

    /// The index (`row * columns + column`) of the quad under grid coordinates, or nil off the mesh.
    func cell(gx: Double, gy: Double) -> Int? {
        guard gx >= 0, gy >= 0, gx <= Double(columns), gy <= Double(rows) else { return nil }
        return min(rows - 1, Int(gy)) * columns + min(columns - 1, Int(gx))
    }
}

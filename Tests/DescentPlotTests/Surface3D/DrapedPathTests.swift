import Testing
@testable import DescentPlot

@Suite("DrapedPath")
struct DrapedPathTests {
    /// f = x on [0, 4] x [0, 2]: a plane rising along x. Shallow (median 2, max 4), so heights are
    /// linear: box z = H x / 4 with H = 2 * 0.5 = 1. The box base is 2 x 1 (aspect 1/2).
    static let ramp = ScalarField(x: 0...4, y: 0...2, columns: 5, rows: 3) { x, _ in x }

    static func mesh(quads: Int = 4) throws -> SurfaceMesh {
        try #require(SurfaceMesh(field: ramp, quads: quads, box: SurfaceBox(x: 0...4, y: 0...2), colorScale: .linear))
    }

    @Test("points lie on the surface, lifted, and each piece stays inside its quad")
    func onSurface() throws {
        let mesh = try Self.mesh()
        let path = DrapedPath(xs: [0.5, 3.7], ys: [0.2, 1.9], mesh: mesh, lift: 0.01)
        #expect(!path.pieces.isEmpty)
        for piece in path.pieces {
            let column = piece.cell % 4, row = piece.cell / 4
            for p in piece.points {
                // Box x = -1 + 2 x / 4, so x = 2 (p.x + 1) and the height is x / 4 + lift.
                let x = 2 * (p.x + 1)
                #expect(abs(p.z - (x / 4 + 0.01)) < 1e-12)
                let g = mesh.grid(p)
                #expect(g.x >= Double(column) - 1e-9 && g.x <= Double(column + 1) + 1e-9)
                #expect(g.y >= Double(row) - 1e-9 && g.y <= Double(row + 1) + 1e-9)
            }
        }
        // Steps along a piece are at most a third of a quad.
        for piece in path.pieces {
            for (a, b) in zip(piece.points, piece.points.dropFirst()) {
                let ga = mesh.grid(a), gb = mesh.grid(b)
                #expect(((gb.x - ga.x) * (gb.x - ga.x) + (gb.y - ga.y) * (gb.y - ga.y)).squareRoot() <= 1.0 / 3 + 1e-9)
            }
        }
        #expect(path.start != nil && path.end != nil)
    }

    /// The mesh has 4 x 4 quads, each 1 wide in x and 0.5 in y. The segment from (-4, 1.1) to
    /// (2, 1.1) enters it at x = 0 and runs at grid y = 1.1 / 0.5 = 2.2 (row 2) over grid x 0...2,
    /// so it is cut into two pieces, over quads 2 * 4 + 0 = 8 and 9, starting on the floor (f = 0).
    @Test("segments are clipped to the mesh; a start off the mesh gets no start mark")
    func clipped() throws {
        let mesh = try Self.mesh()
        let path = DrapedPath(xs: [-4, 2], ys: [1.1, 1.1], mesh: mesh, lift: 0)
        #expect(path.start == nil)
        #expect(path.pieces.map(\.cell) == [8, 9])
        let first = try #require(path.pieces.first?.points.first)
        #expect(abs(first.x - (-1)) < 1e-12 && abs(first.z) < 1e-12)
        #expect(path.end != nil)
    }

    @Test("non-finite iterates break the path; a run ending off the mesh has no end mark")
    func breaks() throws {
        let mesh = try Self.mesh()
        let path = DrapedPath(xs: [0.5, 1.5, .nan, 2.5, 3.5, 1e300], ys: [1, 1, 1, 1, 1, 1e300], mesh: mesh, lift: 0)
        // 0.5 -> 1.5 and 2.5 -> 3.5 only; nothing joins 1.5 to 2.5 across the NaN.
        let xs = path.pieces.flatMap(\.points).map { 2 * ($0.x + 1) }
        #expect(!xs.contains { $0 > 1.5 + 1e-9 && $0 < 2.5 - 1e-9 })
        #expect(path.end == nil)
        #expect(path.start != nil)
    }
}

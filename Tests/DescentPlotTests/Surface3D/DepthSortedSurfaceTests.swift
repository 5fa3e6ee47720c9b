import DescentScene
import Foundation
import Testing
@testable import DescentPlot

@Suite("DepthSortedSurface")
struct DepthSortedSurfaceTests {
    /// A steep round hill in the middle of a flat plane: 4 exp(-(x^2 + y^2) / 0.3) on [-2, 2]^2.
    static let hill = ScalarField(x: -2...2, y: -2...2, columns: 81, rows: 81) { x, y in 4 * exp(-(x * x + y * y) / 0.3) }

    /// A short path along y = `y` from x = -0.25 through 0.05 (the middle of a quad column) to 0.35.
    static func path(atY y: Double, id: String) -> PathSeries {
        PathSeries(id: id, style: Theme.light.seriesStyle(at: 0), xs: [-0.25, 0.05, 0.35], ys: [y, y, y])
    }

    /// The paint index of an item.
    func index(_ item: DepthSortedSurface.Item, in surface: DepthSortedSurface) throws -> Int {
        try #require(surface.items.firstIndex(of: item))
    }

    @Test("a quad nearer the viewer is painted after a farther one", arguments: [(-60.0, 30.0), (115, 35), (30, 60), (-150, 20)])
    func nearAfterFar(azimuth: Double, elevation: Double) throws {
        let composition = Surface3DFixtures.compose(Surface3DPanel(field: Surface3DFixtures.bowl, azimuth: azimuth, elevation: elevation, meshSize: 10))
        let surface = try #require(composition.surface)
        let toward = composition.projection.toward
        // The corner column/row nearest the eye lies toward the sign of toward.x / toward.y.
        let near = (toward.y > 0 ? 9 : 0) * 10 + (toward.x > 0 ? 9 : 0)
        let far = (toward.y > 0 ? 0 : 9) * 10 + (toward.x > 0 ? 0 : 9)
        #expect(try index(.quad(cell: near), in: surface) > index(.quad(cell: far), in: surface))
        #expect(surface.items.filter { if case .quad = $0 { true } else { false } }.count == 100)
    }

    /// Looking from -y (azimuth -90) at 20 degrees: the hill hides a path lying behind it (y = 1.25),
    /// so that path must be painted before the hill's front quads and end up under one of them; a path
    /// in front of the hill (y = -1.25) must be painted after them and stay uncovered.
    @Test("a path behind a hill is painted before the hill's front quads and ends up covered")
    func hiddenBehindHill() throws {
        let panel = Surface3DPanel(field: Self.hill, azimuth: -90, elevation: 20, meshSize: 40,
                                   paths: [Self.path(atY: 1.25, id: "behind"), Self.path(atY: -1.25, id: "front")])
        let composition = Surface3DFixtures.compose(panel)
        let surface = try #require(composition.surface)
        // The quad at x = 0, y = -0.2 (column 20, row 19 of 40 over [-2, 2]) faces the viewer on the hill.
        let hillFront = try index(.quad(cell: 19 * 40 + 20), in: surface)
        let behind = surface.items.indices.filter { if case .pathLine(series: 0, _) = surface.items[$0] { true } else { false } }
        let front = surface.items.indices.filter { if case .pathLine(series: 1, _) = surface.items[$0] { true } else { false } }
        #expect(!behind.isEmpty && !front.isEmpty)
        #expect(behind.allSatisfy { $0 < hillFront })
        #expect(front.allSatisfy { $0 > hillFront })

        // Geometry: the middle iterate (box x = 0.05 / 2) of the hidden path lies inside a quad painted
        // after it; that of the path in front lies inside none.
        func middle(_ path: DrapedPath) throws -> Point {
            let p = try #require(path.pieces.flatMap(\.points).min { abs($0.x - 0.025) < abs($1.x - 0.025) })
            return composition.projection.point(p)
        }
        #expect(try coveringQuads(of: middle(composition.paths[0]), after: behind.max() ?? 0, in: surface) > 0)
        #expect(try coveringQuads(of: middle(composition.paths[1]), after: front.max() ?? 0, in: surface) == 0)
    }

    /// On an open tilted plane nothing hides a path, so a piece is painted only after every quad
    /// around its own, none of which can then shave off the part of the line reaching over it. A
    /// piece behind the hill follows its own quad at once (casing, then line).
    @Test("a visible path piece waits for the quads around it, a hidden one follows its own quad")
    func visibleAfterNeighbours() throws {
        let plane = ScalarField(x: -1...1, y: -1...1, columns: 21, rows: 21) { x, y in x + 0.5 * y }
        // One short segment inside quad (column 4, row 5) of the 10 x 10 mesh (quads 0.2 wide).
        let seen = PathSeries(id: "p", style: Theme.light.seriesStyle(at: 0), xs: [-0.15, -0.05], ys: [0.05, 0.15])
        var surface = try #require(Surface3DFixtures.compose(Surface3DPanel(field: plane, meshSize: 10, paths: [seen])).surface)
        var quads: [Int: Int] = [:]
        for (k, item) in surface.items.enumerated() { if case .quad(let cell) = item { quads[cell] = k } }
        var lines = surface.items.indices.filter { if case .pathLine = surface.items[$0] { true } else { false } }
        #expect(lines.count == 1)
        for r in 4...6 {
            for c in 3...5 { #expect(try #require(quads[r * 10 + c]) < lines[0]) }
        }

        // Behind the hill: one segment inside quad (column 20, row 32) of the 40 x 40 mesh.
        let hidden = PathSeries(id: "h", style: Theme.light.seriesStyle(at: 0), xs: [0.02, 0.08], ys: [1.25, 1.25])
        let panel = Surface3DPanel(field: Self.hill, azimuth: -90, elevation: 20, meshSize: 40, paths: [hidden])
        surface = try #require(Surface3DFixtures.compose(panel).surface)
        lines = surface.items.indices.filter { if case .pathLine = surface.items[$0] { true } else { false } }
        #expect(lines.count == 1)
        #expect(surface.items[lines[0] - 2] == .quad(cell: 32 * 40 + 20))
    }

    /// How many quads painted after `index` contain `p`.
    func coveringQuads(of p: Point, after index: Int, in surface: DepthSortedSurface) -> Int {
        var count = 0
        for k in (index + 1)..<surface.nodes.count {
            guard case .quad = surface.items[k], case .shape(let shape) = surface.nodes[k] else { continue }
            if Surface3DFixtures.contains(shape.path, p) { count += 1 }
        }
        return count
    }

    @Test("quads over NaN samples are left out, the rest is drawn")
    func holes() throws {
        let field = ScalarField(x: -1...1, y: -1...1, columns: 11, rows: 11) { x, y in x > 0.5 && y > 0.5 ? .nan : x * x + y * y }
        let surface = try #require(Surface3DFixtures.compose(Surface3DPanel(field: field, meshSize: 10)).surface)
        let quads = surface.items.filter { if case .quad = $0 { true } else { false } }.count
        // Vertices with x > 0.5 and y > 0.5 are NaN: x_i = -1 + 0.2 i > 0.5 for i >= 8, so quads with
        // column >= 7 and row >= 7 touch one: 3 x 3 of the 100 are holes.
        #expect(quads == 91)
    }
}

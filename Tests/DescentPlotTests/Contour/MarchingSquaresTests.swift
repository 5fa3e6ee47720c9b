import DescentScene
import Foundation
import Testing
@testable import DescentPlot

/// Marching squares checked against shapes known in closed form.
@Suite struct MarchingSquaresTests {
    /// Maps grid indices to data coordinates of a field on `x` x `y`.
    static func dataTransform(_ field: ScalarField) -> GridTransform {
        GridTransform(
            originX: field.x.lowerBound, originY: field.y.lowerBound,
            stepX: (field.x.upperBound - field.x.lowerBound) / Double(field.columns - 1),
            stepY: (field.y.upperBound - field.y.lowerBound) / Double(field.rows - 1)
        )
    }

    /// The cone f = sqrt(x^2 + y^2) on [-2, 2]^2, 81 x 81 samples (spacing h = 0.05).
    static let cone = ScalarField(x: -2...2, y: -2...2, columns: 81, rows: 81) { x, y in (x * x + y * y).squareRoot() }

    @Test func coneContourIsTheUnitCircle() throws {
        let grid = try #require(ContourGrid(Self.cone))
        var tracer = IsolineTracer(grid: grid)
        let path = tracer.lines(at: 1, transform: Self.dataTransform(Self.cone))
        let loops = SceneWalker.subpaths(of: path)
        #expect(loops.count == 1)
        #expect(loops.first?.closed == true)
        // Linear interpolation of r along a cell edge at distance ~1 from the apex errs by at most
        // h^2 / (8 r) ~ 3e-4 for h = 0.05; allow 2e-3.
        for p in loops.first?.points ?? [] {
            #expect(abs((p.x * p.x + p.y * p.y).squareRoot() - 1) < 2e-3)
        }
        // The loop goes all the way round: it has points in every quadrant.
        let points = loops.first?.points ?? []
        #expect(points.contains { $0.x > 0.5 && $0.y > 0.5 } && points.contains { $0.x < -0.5 && $0.y < -0.5 })
    }

    @Test func coneRegionHasTheAreaOfTheUnitDisk() throws {
        let grid = try #require(ContourGrid(Self.cone))
        let region = grid.region(atOrBelow: 1, transform: Self.dataTransform(Self.cone))
        // The inscribed polygon loses area ~ h^2; pi within 0.5%.
        #expect(abs(abs(SceneWalker.signedArea(of: region)) - Double.pi) < 0.005 * Double.pi)
    }

    @Test func squareLevelSetIsExact() throws {
        // f = max(|x|, |y|) on [-2, 2]^2 with 41 samples: x = -2 + 0.1 i hits +-1 exactly, so
        // {f <= 1} is the square [-1, 1]^2 of area 4 with no interpolation error.
        let field = ScalarField(x: -2...2, y: -2...2, columns: 41, rows: 41) { x, y in max(abs(x), abs(y)) }
        let grid = try #require(ContourGrid(field))
        let area = abs(SceneWalker.signedArea(of: grid.region(atOrBelow: 1, transform: Self.dataTransform(field))))
        #expect(abs(area - 4) <= 1e-12 * 4)
    }

    @Test func aGridWhollyInsideIsOneRectangle() throws {
        // f = 0 everywhere on a 5 x 3 grid: no contour crosses it, so the region is its border,
        // one rectangle of area 4 x 2.
        let field = ScalarField(x: 0...4, y: 0...2, columns: 5, rows: 3, values: Array(repeating: 0, count: 15))
        let grid = try #require(ContourGrid(field))
        let path = grid.region(atOrBelow: 1, transform: Self.dataTransform(field))
        #expect(SceneWalker.subpaths(of: path).count == 1)
        #expect(abs(abs(SceneWalker.signedArea(of: path)) - 8) <= 1e-12 * 8)
    }

    @Test func planeGivesOneOpenLineAcrossTheGrid() throws {
        // f = x on [0, 1] x [0, 1]: the level 0.45 line is the vertical x = 0.45, open at both ends.
        let field = ScalarField(x: 0...1, y: 0...1, columns: 11, rows: 7) { x, _ in x }
        let grid = try #require(ContourGrid(field))
        var tracer = IsolineTracer(grid: grid)
        let lines = SceneWalker.subpaths(of: tracer.lines(at: 0.45, transform: Self.dataTransform(field)))
        #expect(lines.count == 1)
        #expect(lines.first?.closed == false)
        #expect(lines.first?.points.count == 7)
        for p in lines.first?.points ?? [] { #expect(abs(p.x - 0.45) <= 1e-12) }
        let ys = (lines.first?.points ?? []).map(\.y).sorted()
        #expect(ys.first == 0 && ys.last == 1)
    }

    /// One saddle cell: corners (0,0)=1, (1,0)=0, (1,1)=1, (0,1)=0 (bottom-left, bottom-right,
    /// top-right, top-left). At level 0.5 the inside corners are (1,0) and (0,1).
    static let saddle = ScalarField(x: 0...1, y: 0...1, columns: 2, rows: 2, values: [1, 0, 0, 1])

    @Test func saddleBelowTheMeanSeparatesInsideCorners() throws {
        // Mean 0.5 > level 0.4: two triangles, each with legs 0.4 (crossings at t = 0.6 from the
        // 1-valued end), area 0.4^2 / 2 = 0.08 each.
        let grid = try #require(ContourGrid(Self.saddle))
        let region = grid.region(atOrBelow: 0.4, transform: MarchingSquaresTests.dataTransform(Self.saddle))
        #expect(SceneWalker.subpaths(of: region).count == 2)
        #expect(abs(abs(SceneWalker.signedArea(of: region)) - 0.16) <= 1e-12)
        var tracer = IsolineTracer(grid: grid)
        #expect(SceneWalker.subpaths(of: tracer.lines(at: 0.4, transform: MarchingSquaresTests.dataTransform(Self.saddle))).count == 2)
    }

    @Test func saddleAtOrAboveTheMeanJoinsInsideCorners() throws {
        // Mean 0.5 <= level 0.6: one hexagon, the unit square minus two triangles of legs 0.4:
        // 1 - 2 * 0.08 = 0.84.
        let grid = try #require(ContourGrid(Self.saddle))
        let region = grid.region(atOrBelow: 0.6, transform: MarchingSquaresTests.dataTransform(Self.saddle))
        #expect(SceneWalker.subpaths(of: region).count == 1)
        #expect(abs(abs(SceneWalker.signedArea(of: region)) - 0.84) <= 1e-12)
    }

    @Test func nonFiniteSamplesAreOutsideEveryRegion() throws {
        // A NaN and an infinity in a 3 x 3 plane f = x + y: the grid keeps finite extremes and
        // replaces them with values above the maximum.
        var values = (0..<9).map { Double($0 % 3 + $0 / 3) }
        values[4] = .nan
        values[8] = .infinity
        let grid = try #require(ContourGrid(ScalarField(x: 0...2, y: 0...2, columns: 3, rows: 3, values: values)))
        #expect(grid.minimum == 0)
        #expect(grid.maximum == 3)
        #expect(grid.values.allSatisfy { $0.isFinite })
        #expect(grid.values[4] > grid.maximum && grid.values[8] > grid.maximum)
    }

    @Test func unusableFieldsGiveNoGrid() {
        #expect(ContourGrid(ScalarField(x: 0...1, y: 0...1, columns: 1, rows: 5, values: Array(repeating: 0, count: 5))) == nil)
        #expect(ContourGrid(ScalarField(x: 0...1, y: 0...1, columns: 2, rows: 2, values: [0, 1, 2])) == nil)
        #expect(ContourGrid(ScalarField(x: 0...1, y: 0...1, columns: 2, rows: 2, values: Array(repeating: .nan, count: 4))) == nil)
    }
}

@Suite("Regions outlined by their contour lines")
struct RegionOutlineTests {
    @Test("a maximum inside the grid leaves a hole: area 4 - pi/4 for f = -(x^2 + y^2) <= -1/4 on [-1, 1]^2")
    func holeAroundAMaximum() throws {
        let field = ScalarField(x: -1...1, y: -1...1, columns: 201, rows: 201) { x, y in -(x * x + y * y) }
        let grid = try #require(ContourGrid(field))
        let region = grid.region(atOrBelow: -0.25, transform: MarchingSquaresTests.dataTransform(field))
        #expect(SceneWalker.subpaths(of: region).count == 2)
        // Outer border counter-clockwise, the hole clockwise: the signed areas add up to the region.
        #expect(abs(abs(SceneWalker.signedArea(of: region)) - (4 - Double.pi / 4)) < 1e-3)
    }

    @Test("outlines and cell polygons cover the same area on a field with four minima", arguments: [5.0, 20, 60, 150])
    func agreesWithCellPolygons(level: Double) throws {
        // Himmelblau's function over [-5, 5]^2.
        let field = ScalarField(x: -5...5, y: -5...5, columns: 81, rows: 81) { x, y in
            (x * x + y - 11) * (x * x + y - 11) + (x + y * y - 7) * (x + y * y - 7)
        }
        let grid = try #require(ContourGrid(field))
        let t = MarchingSquaresTests.dataTransform(field)
        let outline = abs(SceneWalker.signedArea(of: grid.region(atOrBelow: level, transform: t)))
        let cells = abs(SceneWalker.signedArea(of: grid.cellRegion(atOrBelow: level, transform: t)))
        #expect(abs(outline - cells) <= 1e-9 * max(cells, 1))
    }
}

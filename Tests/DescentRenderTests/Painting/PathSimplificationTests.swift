import CDescentCairo
import DescentScene
import Testing
@testable import DescentRender

@Suite("Path simplification on a surface")
struct PathSimplificationTests {
    /// A horizontal zig-zag of 41 points 1 pt apart whose corners alternate between y = 0 and
    /// y = `amplitude` (points).
    static func zigZag(amplitude: Double) -> Path {
        Path(polyline: (0...40).map { Point(Double($0), $0 % 2 == 0 ? 0 : amplitude) })
    }

    /// The number of commands left of `path` simplified on `surface` drawn at `scale`.
    static func simplifiedCount(_ path: Path, on surface: CairoSurface, scale: Double) throws -> Int {
        let context = try CairoContext(surface)
        cairo_scale(context.pointer, scale, scale)
        return PathSimplification().simplified(path, on: context.pointer).elements.count
    }

    /// The tolerance ε is a quarter pixel on a raster, of which Douglas-Peucker may use half
    /// (ε/2 = 0.125 px; the radial pass, the other half, drops nothing: points are 1 pt apart).
    @Test("on a raster, 0.05 pt corners vanish at 2x (0.1 px) and stay at 4x (0.2 px > 0.125 px)")
    func rasterScale() throws {
        let image = try CairoSurface.image(width: 200, height: 20)
        let path = Self.zigZag(amplitude: 0.05)
        // Every corner lies 0.05 pt from the chord from the first to the last point.
        #expect(try Self.simplifiedCount(path, on: image, scale: 2) == 2)
        #expect(try Self.simplifiedCount(path, on: image, scale: 4) == 41)
    }

    /// In SVG ε = 0.1 pt, of which Douglas-Peucker may use 0.05 pt.
    @Test("in SVG, 0.04 pt corners vanish and 0.08 pt corners stay")
    func vector() throws {
        let svg = try CairoSurface.svg(width: 50, height: 10)
        #expect(try Self.simplifiedCount(Self.zigZag(amplitude: 0.04), on: svg, scale: 1) == 2)
        #expect(try Self.simplifiedCount(Self.zigZag(amplitude: 0.08), on: svg, scale: 1) == 41)
    }

    @Test("the same path drawn twice (casing, then line) is simplified once and comes back the same")
    func sharedResult() throws {
        let context = try CairoContext(try CairoSurface.image(width: 200, height: 20))
        let simplification = PathSimplification()
        let path = Self.zigZag(amplitude: 0.01)
        let first = simplification.simplified(path, on: context.pointer)
        let copy = path
        #expect(simplification.simplified(copy, on: context.pointer) == first)
        #expect(first.elements.count == 2)
        // A path with fewer than the minimum number of commands is drawn as it is.
        let short = Path(polyline: [Point(0, 0), Point(1, 0.001), Point(2, 0)])
        #expect(simplification.simplified(short, on: context.pointer) == short)
    }
}

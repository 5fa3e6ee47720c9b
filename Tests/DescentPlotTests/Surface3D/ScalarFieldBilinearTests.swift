import Testing
@testable import DescentPlot

@Suite("ScalarField bilinear interpolation")
struct ScalarFieldBilinearTests {
    /// f = 2x + 3y + xy - 1 is bilinear, so bilinear interpolation reproduces it exactly anywhere,
    /// even on a coarse 4 x 4 grid: f(0.3, 0.7) = 0.6 + 2.1 + 0.21 - 1 = 1.91, and at the far corner
    /// f(2, 3) = 4 + 9 + 6 - 1 = 18.
    @Test("reproduces a bilinear function exactly")
    func exact() {
        let field = ScalarField(x: -1...2, y: 0...3, columns: 4, rows: 4) { x, y in 2 * x + 3 * y + x * y - 1 }
        #expect(abs(field.bilinear(atX: 0.3, y: 0.7) - 1.91) < 1e-12)
        #expect(abs(field.bilinear(atX: 2, y: 3) - 18) < 1e-12)
        // Outside the grid the point is clamped to the edge: f(-1, 0) = -3.
        #expect(abs(field.bilinear(atX: -5, y: -5) - (-3)) < 1e-12)
    }

    @Test("is NaN next to a NaN sample (but exact on the samples around it), for unusable grids and NaN points")
    func holes() {
        var values = [Double](repeating: 1, count: 9)
        values[4] = .nan
        let field = ScalarField(x: 0...2, y: 0...2, columns: 3, rows: 3, values: values)
        #expect(field.bilinear(atX: 0.5, y: 0.5).isNaN)
        #expect(field.bilinear(atX: 0, y: 1) == 1 && field.bilinear(atX: 2, y: 0) == 1)
        #expect(ScalarField(x: 0...1, y: 0...1, columns: 2, rows: 2, values: [1, 2, 3]).bilinear(atX: 0.5, y: 0.5).isNaN)
        #expect(ScalarField(x: 0...0, y: 0...1, columns: 2, rows: 2, values: [1, 2, 3, 4]).bilinear(atX: 0, y: 0.5).isNaN)
        #expect(field.bilinear(atX: .nan, y: 0).isNaN)
    }
}

import DescentScene
import Testing
@testable import DescentPlot

@Suite struct ColormapTests {
    /// Entries of matplotlib's `_viridis_data` (lib/matplotlib/_cm_listed.py): index 0, 128, 255.
    @Test(arguments: [
        (0, 0.267004, 0.004874, 0.329415),
        (128, 0.127568, 0.566949, 0.550556),
        (255, 0.993248, 0.906157, 0.143936),
    ])
    func viridisMatchesMatplotlib(index: Int, red: Double, green: Double, blue: Double) {
        let c = Colormap.viridis.color(at: Double(index) / 255)
        // The table is stored as 8-bit sRGB: within half a step of 1/255.
        #expect(Colormap.viridis.stops.count == 256)
        #expect(abs(c.red - red) <= 0.5 / 255 + 1e-12)
        #expect(abs(c.green - green) <= 0.5 / 255 + 1e-12)
        #expect(abs(c.blue - blue) <= 0.5 / 255 + 1e-12)
    }

    @Test func interpolatesBetweenStops() {
        let map = Colormap(name: "two", stops: [.black, .white])
        #expect(map.color(at: 0.25) == Color(red: 0.25, green: 0.25, blue: 0.25))
        #expect(map.color(at: -3) == .black)
        #expect(map.color(at: .nan) == .black)
    }

    @Test func washedMixesEveryStop() {
        let washed = Colormap(name: "k", stops: [.black, .black]).washed(toward: .white, by: 0.6)
        #expect(washed.color(at: 0.5) == Color(red: 0.6, green: 0.6, blue: 0.6))
    }
}

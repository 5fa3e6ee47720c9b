import DescentScene
import Testing
@testable import DescentPlot

/// Paths under later paths are found by the share of their length in cells later paths mark,
/// and their dashes take turns.
@Suite struct HiddenPathsTests {
    static let bounds = Rect(x: 0, y: 0, width: 100, height: 100)
    static let floor = [[Point(10, 50), Point(90, 50)]]

    /// Three runs along one valley floor: the first two are hidden (the last shows); a run
    /// across it is not, though it crosses the floor.
    @Test func runsSharingAFloorAreHiddenButTheTopOne() {
        #expect(HiddenPaths.indices([Self.floor, Self.floor, Self.floor], bounds: Self.bounds, lineWidth: 2) == [0, 1])
        let across = [[Point(50, 10), Point(50, 90)]]
        #expect(HiddenPaths.indices([across, Self.floor], bounds: Self.bounds, lineWidth: 2).isEmpty)
    }

    /// Half of a path (40 of its 80 points of length) under a later one is hidden (share 0.5 ≥
    /// 0.4); a quarter is not.
    @Test func theShareIsOfLength() {
        var half = PathCoverage(bounds: Self.bounds, cell: 2)
        half.add([[Point(10, 50), Point(50, 50)]])
        #expect(abs(HiddenPaths.share(of: Self.floor, under: half) - 0.5) < 0.03)
        var quarter = PathCoverage(bounds: Self.bounds, cell: 2)
        quarter.add([[Point(10, 50), Point(30, 50)]])
        #expect(HiddenPaths.indices([Self.floor, [[Point(10, 50), Point(30, 50)]]], bounds: Self.bounds, lineWidth: 2).isEmpty)
        #expect(HiddenPaths.share(of: Self.floor, under: quarter) < 0.3)
    }

    /// Two hidden paths, 5 pt dashes: a period of 15 pt; the first dashes 0-5, the second 5-10,
    /// the top path shows in 10-15.
    @Test func dashesTakeTurns() {
        #expect(HiddenPaths.pattern(layer: 0, of: 2, unit: 1) == [5, 10])
        #expect(HiddenPaths.pattern(layer: 1, of: 2, unit: 1) == [0, 5, 5, 5])
        #expect(HiddenPaths.pattern(layer: 0, of: 1, unit: 2) == [10, 10])
    }
}

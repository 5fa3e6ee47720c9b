import DescentScene
import Testing
@testable import DescentRender

@Suite struct TextMetricsTests {
    /// A logical box starting 1 pt right of the origin, 40 x 14 pt, baseline 11 pt down.
    static let metrics = TextMetrics(x: 1, y: 0, width: 40, height: 14, baseline: 11)

    /// Expected offsets worked by hand: leading -x, center -(x + w/2), trailing -(x + w);
    /// top -y, center -(y + h/2), baseline -baseline, bottom -(y + h).
    @Test(arguments: [
        (TextItem.HorizontalAnchor.leading, TextItem.VerticalAnchor.top, Point(-1, 0)),
        (.center, .center, Point(-21, -7)),
        (.trailing, .baseline, Point(-41, -11)),
        (.leading, .bottom, Point(-1, -14)),
        (.center, .baseline, Point(-21, -11)),
    ])
    func originPutsAnchorOnRequestedPart(horizontal: TextItem.HorizontalAnchor, vertical: TextItem.VerticalAnchor, expected: Point) {
        #expect(Self.metrics.origin(horizontal: horizontal, vertical: vertical) == expected)
    }

    @Test func extentMeasuresBaselineFromTopOfBox() {
        let raised = TextMetrics(x: 0, y: -2, width: 10, height: 16, baseline: 11)
        #expect(raised.extent == TextExtent(width: 10, height: 16, baseline: 13))
        #expect(Self.metrics.extent == TextExtent(width: 40, height: 14, baseline: 11))
    }
}

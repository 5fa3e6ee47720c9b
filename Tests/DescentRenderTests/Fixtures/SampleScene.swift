import DescentScene

/// A scene exercising every node kind: shapes (filled, dashed, even-odd), a clipped group,
/// rotated and haloed text, markup, Korean and Greek text, and smooth and crisp images.
enum SampleScene {
    static let family = "DejaVu Sans, NanumGothic, sans-serif"

    static func make() -> Scene {
        let label = TextStyle(family: family, size: 12)
        let small = TextStyle(family: family, size: 9, color: Color(hex: 0x444444))
        var ring = Path(circleAt: Point(250, 70), radius: 40)
        ring.append(Path(circleAt: Point(250, 70), radius: 20))
        let heat = (0..<16).map { i in Color(red: Double(i % 4) / 3, green: 0.2, blue: Double(i / 4) / 3) }
        let checker = (0..<16).map { i in (i % 4 + i / 4) % 2 == 0 ? Color.black : Color.white.withAlpha(0.5) }
        let curve = Path(polyline: (0...40).map { i in
            let x = Double(i) / 40
            return Point(40 + 260 * x, 200 - 120 * x * x)
        })
        return Scene(size: Size(width: 400, height: 300), background: .white, root: SceneGroup("root", children: [
            .shape(ShapeItem(Path(rect: Rect(x: 20, y: 20, width: 120, height: 80)), fill: Color(hex: 0x4C72B0, alpha: 0.6),
                             stroke: StrokeStyle(color: .black, width: 1.5))),
            .shape(ShapeItem(ring, fill: Color(hex: 0xDD8452), fillRule: .evenOdd)),
            .group(SceneGroup("panel", clip: Rect(x: 40, y: 110, width: 260, height: 90), children: [
                .image(ImageItem(pixelWidth: 4, pixelHeight: 4, pixels: heat, frame: Rect(x: 40, y: 110, width: 130, height: 90))),
                .image(ImageItem(pixelWidth: 4, pixelHeight: 4, pixels: checker,
                                 frame: Rect(x: 170, y: 110, width: 130, height: 90), smooth: false)),
                .shape(ShapeItem(curve, stroke: StrokeStyle(color: Color(hex: 0x55A868), width: 3, dash: [8, 4]))),
                .text(TextItem("halo", at: Point(100, 160), horizontal: .center, vertical: .center,
                               style: label, halo: .white)),
            ])),
            .shape(ShapeItem(Path(polyline: [Point(20, 230), Point(380, 230)]),
                             stroke: StrokeStyle(color: .black, width: 0.5, dash: [2, 2], cap: .butt))),
            .text(TextItem("η<sub>t</sub> = η<sub>0</sub>·γ<sup>t</sup>", markup: true, at: Point(20, 230), style: label)),
            .text(TextItem("학습률 (learning rate)", at: Point(380, 230), horizontal: .trailing, style: label)),
            .text(TextItem("∇f(x) ≈ 0, α ≤ β", at: Point(200, 290), horizontal: .center, vertical: .bottom, style: small)),
            .text(TextItem("loss", at: Point(10, 150), horizontal: .center, vertical: .top, rotation: 90, style: label)),
            .text(TextItem("<b>bold</b> <i>italic</i>", markup: true, at: Point(320, 150),
                           style: TextStyle(family: family, size: 10, weight: .bold, italic: true, color: .black))),
        ]))
    }
}

import Foundation
import DescentScene

/// The cover: course title and subtitle, an ornament of ravine contours crossed by a zig-zagging
/// and a gliding path, and the edition with its lesson count.
struct CoverPage {
    let style: HandoutStyle
    let strings: PublishStrings
    let measurer: any TextMeasuring

    func nodes(lessonCount: Int) -> [SceneNode] {
        let page = style.pageSize
        let frame = style.textFrame
        var title = style.heading
        title.size = 30
        var subtitle = style.body
        subtitle.size = 13
        subtitle.color = HandoutStyle.muted
        var edition = style.subheading
        edition.size = 11
        edition.weight = .regular
        edition.color = HandoutStyle.muted

        let titleBlock = TextBlock(strings.courseTitle, style: title, width: frame.width, measurer: measurer)
        let subtitleBlock = TextBlock(strings.subtitle, style: subtitle, width: frame.width * 0.8, measurer: measurer)
        let editionText = "\(strings.edition)  \u{00B7}  \(strings.lessonCount(lessonCount))"
        let editionBlock = TextBlock(editionText, style: edition, width: frame.width, measurer: measurer)

        var top = page.height * 0.2
        var nodes: [SceneNode] = [
            .shape(ShapeItem(Path(rect: Rect(x: frame.minX, y: top - 18, width: 56, height: 4)), fill: HandoutStyle.accent)),
            titleBlock.node(x: frame.minX, top: top),
        ]
        top += titleBlock.height + 10
        nodes.append(subtitleBlock.node(x: frame.minX, top: top))
        top += subtitleBlock.height
        let ornament = Rect(x: frame.minX, y: top + 50, width: frame.width, height: max(0, frame.maxY - 90 - top - 50))
        nodes += Self.ornament(in: ornament)
        nodes.append(.shape(ShapeItem(
            Path(polyline: [Point(frame.minX, frame.maxY - 40), Point(frame.maxX, frame.maxY - 40)]),
            stroke: StrokeStyle(color: HandoutStyle.rule, width: 0.6, cap: .butt)
        )))
        nodes.append(editionBlock.node(x: frame.minX, top: frame.maxY - 30))
        return [.group(SceneGroup("cover", children: nodes))]
    }

    /// Concentric ellipses (level sets of an ill-conditioned quadratic) with a path that
    /// zig-zags across them and a smooth one that follows the valley, both ending at the center.
    static func ornament(in rect: Rect) -> [SceneNode] {
        guard rect.width > 0, rect.height > 0 else { return [] }
        let center = rect.center
        let a = rect.width / 2
        let b = min(rect.height / 2, a / 3)
        var nodes: [SceneNode] = []
        for level in 1...7 {
            let t = Double(level) / 7
            var ellipse = Path()
            let samples = 96
            for i in 0...samples {
                let angle = Double(i) / Double(samples) * 2 * .pi
                let p = Point(center.x + a * t * cos(angle), center.y + b * t * sin(angle))
                if i == 0 { ellipse.move(to: p) } else { ellipse.line(to: p) }
            }
            ellipse.close()
            nodes.append(.shape(ShapeItem(ellipse, stroke: StrokeStyle(color: HandoutStyle.rule.mixed(with: .white, 0.1), width: 0.7))))
        }
        let start = Point(center.x - a * 0.9, center.y - b * 0.35)
        var zigzag: [Point] = [start]
        for k in 1...14 {
            let t = Double(k) / 14
            let sign = k.isMultiple(of: 2) ? -1.0 : 1.0
            let x = start.x + (center.x - start.x) * (1 - pow(1 - t, 1.6))
            zigzag.append(Point(x, center.y + sign * b * 0.42 * (1 - t)))
        }
        nodes.append(.shape(ShapeItem(Path(polyline: zigzag), stroke: StrokeStyle(color: HandoutStyle.accent, width: 1.4))))
        var glide = Path()
        glide.move(to: start)
        glide.curve(to: center, control1: Point(start.x + a * 0.3, center.y - b * 0.05), control2: Point(center.x - a * 0.4, center.y))
        nodes.append(.shape(ShapeItem(glide, stroke: StrokeStyle(color: Color(hex: 0xD55E00), width: 1.6))))
        for p in [start, center] {
            nodes.append(.shape(ShapeItem(Path(circleAt: p, radius: 2.6), fill: HandoutStyle.ink)))
        }
        return nodes
    }
}

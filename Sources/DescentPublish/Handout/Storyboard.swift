import DescentPipeline
import DescentPlot
import DescentScene

/// An animation in the handout: its key steps (at most four, spread from first to last) as a strip
/// of frames, two to a row, each labelled with its step, so that paper shows how the runs move.
///
/// A frame shows the animation's first map only (its curves and other panels are the figure
/// printed above it, which also carries the legend and the title), laid out at `tile` (400 x 320 pt, half a slide's width), so that its labels
/// keep their size against the map: a frame printed 8 cm wide reads like a slide's map, not like
/// a whole slide shrunk to 8 cm.
enum Storyboard {
    /// Frames per row.
    static let columns = 2
    /// The most frames shown.
    static let maximumFrames = 4
    /// The size each frame is laid out at.
    static let tile = Size(width: 400, height: 320)

    /// The strip of `animation`'s key steps, each frame laid out by `layout` at the animation
    /// figure's size, with its step (`words.step` and the number) under it.
    static func scene(_ animation: AnimationJob, layout: FigureLayout) -> Scene {
        let steps = shownSteps(animation), theme = animation.figure.theme
        let gap = gap(animation), labelStyle = labelStyle(animation), labelHeight = labelStyle.size * 1.6
        let columns = columns(animation)
        var children: [SceneNode] = []
        for (index, step) in steps.enumerated() {
            let x = Double(index % columns) * (tile.width + gap), y = Double(index / columns) * (tile.height + labelHeight + gap)
            var frame = animation.frame(atStep: Double(step))
            frame.counter = nil
            frame.title = nil
            frame.subtitle = nil
            frame.legend = []
            frame.layout = firstMap(frame.layout)
            frame.size = tile
            let scene = layout.scene(for: frame)
            children.append(.group(scene.placed("storyboard.step-\(step)", at: Point(x, y), scale: 1)))
            children.append(.text(TextItem(
                "\(animation.stepWord) \(step)", at: Point(x + tile.width / 2, y + tile.height + labelHeight * 0.75),
                horizontal: .center, vertical: .baseline, style: labelStyle
            )))
        }
        return Scene(size: size(animation), background: theme.background, root: SceneGroup("storyboard", children: children))
    }

    /// The strip's size, known before it is laid out: `columns` tiles of the animation figure's
    /// size across, with their step labels and gaps.
    static func size(_ animation: AnimationJob) -> Size {
        let gap = gap(animation), labelHeight = labelStyle(animation).size * 1.6
        let count = shownSteps(animation).count, columns = columns(animation)
        let rows = (count + columns - 1) / columns
        return Size(
            width: Double(columns) * tile.width + Double(columns - 1) * gap,
            height: Double(rows) * (tile.height + labelHeight) + Double(max(0, rows - 1)) * gap
        )
    }

    /// The key steps shown: all of them when they fit, else `maximumFrames` spread evenly from the
    /// first to the last (index `round(i (n - 1) / (m - 1))`).
    static func shownSteps(_ animation: AnimationJob) -> [Int] {
        let steps = animation.keySteps, n = steps.count, m = maximumFrames
        guard n > m else { return steps }
        return (0..<m).map { steps[Int((Double($0 * (n - 1)) / Double(m - 1)).rounded())] }
    }
    private static func columns(_ animation: AnimationJob) -> Int { min(Self.columns, max(1, shownSteps(animation).count)) }
    private static func gap(_ animation: AnimationJob) -> Double { tile.width * 0.04 }
    private static func labelStyle(_ animation: AnimationJob) -> TextStyle {
        animation.figure.theme.text(size: animation.figure.theme.fontSize * 1.2, weight: .bold)
    }

    /// The first map panel of `layout` (the layout itself when it has none): a second map, such
    /// as a zoom, would halve the first in a tile.
    static func firstMap(_ layout: PanelLayout) -> PanelLayout {
        PaperArrangement.panels(of: layout).maps.first ?? layout
    }
}

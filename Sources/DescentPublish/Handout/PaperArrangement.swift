import DescentPlot
import DescentScene

/// A slide figure's panels re-arranged for a page. A slide puts a map beside its loss curves
/// (16:9); on a page 17 cm wide that leaves the map 6-7 cm across, and a contour panel narrower
/// than about 8 cm is unreadable on paper. So on paper the maps come first, at most two to a row
/// (a lone map takes the whole text width), and the line panels follow in one row under them
/// (at most two to a row), in the order the slide reads (rows left to right, columns top down).
///
/// Each row's height share is the height its panels want at the slide's width: a map row
/// `mapHeight` of a map's width (a lone map 0.8 x 800 = 640 pt; of several maps, every row 0.8 x
/// 400 = 320 pt, the last map of an odd count too), a row of curves `lineRowHeight`. The figure's size is the slide's width by the sum, so the
/// handout prints it as tall as its page allows (``HandoutStyle/maximumFigureHeight``).
enum PaperArrangement {
    /// The most maps side by side on a page.
    static let mapsPerRow = 2
    /// The most line panels side by side on a page.
    static let linesPerRow = 2
    /// A map row's height as a share of one map's width.
    static let mapHeight = 0.8
    /// The height of a row of line panels, in points at the slide's 800 pt width.
    static let lineRowHeight = 320.0
    /// The share of their height map rows keep at least when a page squeezes the figure, before
    /// its curves lose any.
    static let minimumMapShrink = 0.6

    /// `figure` re-arranged for a page, or unchanged when it has no map beside or below other
    /// panels (one map, or curves only, or at most `mapsPerRow` maps in a row).
    static func arranged(_ figure: Figure) -> Figure {
        let (maps, lines) = panels(of: figure.layout)
        guard !maps.isEmpty, !(lines.isEmpty && maps.count <= mapsPerRow && !isColumn(figure.layout)) else { return figure }
        let width = FigureSize.slide.width
        var rows: [PanelLayout] = [], heights: [Double] = []
        // A lone map takes the whole width; among several, each row is as tall as a row of
        // `mapsPerRow`, so the last map of an odd count is not drawn twice as large as the others.
        let across = maps.count == 1 ? 1 : mapsPerRow
        for start in stride(from: 0, to: maps.count, by: mapsPerRow) {
            let row = Array(maps[start..<min(start + mapsPerRow, maps.count)])
            rows.append(row.count == 1 ? row[0] : .row(row, weights: []))
            heights.append(width / Double(across) * mapHeight)
        }
        for start in stride(from: 0, to: lines.count, by: linesPerRow) {
            let row = Array(lines[start..<min(start + linesPerRow, lines.count)])
            rows.append(row.count == 1 ? row[0] : .row(row, weights: []))
            heights.append(lineRowHeight)
        }
        var arranged = figure
        arranged.layout = rows.count == 1 ? rows[0] : .column(rows, weights: heights)
        arranged.size = Size(width: width, height: heights.reduce(0, +))
        return arranged
    }

    /// `figure` (as ``arranged(_:)`` made it) re-weighted to be laid out at `size`, less tall
    /// than it wants: its map rows give their height first, down to `minimumMapShrink` of it
    /// (a squeezed map keeps its aspect and is drawn narrower), so that its curves keep theirs;
    /// past that, every row shrinks alike. A figure not arranged in rows, or not squeezed, is
    /// unchanged.
    static func squeezed(_ figure: Figure, to size: Size) -> Figure {
        guard case .column(let rows, let weights) = figure.layout, weights.count == rows.count,
              figure.size.width > 0, size.width > 0 else { return figure }
        let wanted = weights.reduce(0, +), available = size.height * figure.size.width / size.width
        let isMap = rows.map { !panels(of: $0).maps.isEmpty }
        let mapHeight = zip(weights, isMap).filter(\.1).map(\.0).reduce(0, +)
        guard available < wanted, mapHeight > 0 else { return figure }
        let given = min(wanted - available, mapHeight * (1 - minimumMapShrink))
        let mapScale = 1 - given / mapHeight
        var squeezed = figure
        squeezed.layout = .column(rows, weights: zip(weights, isMap).map { $1 ? $0 * mapScale : $0 })
        return squeezed
    }

    /// The leaves of `layout` in reading order, split into maps and line panels.
    static func panels(of layout: PanelLayout) -> (maps: [PanelLayout], lines: [PanelLayout]) {
        switch layout {
        case .panel(.lines): return ([], [layout])
        case .panel: return ([layout], [])
        case .row(let items, _), .column(let items, _):
            let parts = items.map(panels)
            return (parts.flatMap(\.maps), parts.flatMap(\.lines))
        }
    }

    private static func isColumn(_ layout: PanelLayout) -> Bool {
        if case .column = layout { return true }
        return false
    }
}

import DescentLesson
import DescentPlot
import Foundation
@testable import DescentPipeline

/// The small YAML lessons in `Fixtures/`, one per figure kind, compiled to figure specs.
enum FigureFixture {
    /// The folder of the fixtures, found from this source file.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures").path

    /// The fixture `name` (`contour`, `lr-sweep`, ...) loaded, run and assembled.
    static func compile(_ name: String) throws -> AssembledLesson {
        try LessonBuilder(options: BuildOptions()).assemble(path: "\(folder)/\(name).yaml")
    }

    /// The one figure of fixture `name` called `figure`.
    static func figure(_ name: String, _ figure: String) throws -> Figure {
        guard let found = try compile(name).figures.first(where: { $0.request.name == figure }) else {
            throw MissingFigure(name: figure)
        }
        return found.figure
    }

    /// The single panel of a figure, or nil for a composed one.
    static func panel(_ figure: Figure) -> Panel? {
        if case .panel(let panel) = figure.layout { return panel }
        return nil
    }

    /// Every panel of a layout, left to right and top to bottom.
    static func panels(_ layout: PanelLayout) -> [Panel] {
        switch layout {
        case .panel(let panel): return [panel]
        case .row(let items, _), .column(let items, _): return items.flatMap(panels)
        }
    }

    struct MissingFigure: Error { var name: String }
}

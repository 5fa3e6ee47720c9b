import DescentLesson
import DescentScene
@testable import DescentPublish

/// Small lessons and scenes for the publish tests.
enum Fixtures {
    /// An 800 x 450 figure scene (a slide) with one shape, as FigureLayout would give.
    static func slide(_ name: String = "figure") -> Scene {
        Scene(size: Size(width: 800, height: 450), background: .white, root: SceneGroup(name, children: [
            .shape(ShapeItem(Path(rect: Rect(x: 10, y: 10, width: 780, height: 430)), stroke: StrokeStyle(color: .black, width: 1))),
        ]))
    }

    /// A lesson with `figures` slide figures, each captioned.
    static func lesson(_ number: Int, figures: Int) -> HandoutLesson {
        HandoutLesson(
            name: "0\(number)-lesson", title: "Lesson title \(number)", goal: "See what happens in lesson \(number).",
            settings: LessonSettings(surface: "ravine (condition = 20)", rows: [["SGD", "sgd", "0.1", "constant", "\u{2013}", "\u{2013}", "60", "(0, 1)"]]),
            figures: (0..<figures).map { HandoutFigure(name: "f\($0)", scene: slide(), caption: "Caption \($0 + 1).") }
        )
    }

    /// A lesson parsed from YAML.
    static func parsed(_ yaml: String) throws -> Lesson {
        try LessonLoader.parse(yaml: yaml, file: "test.yaml")
    }
}

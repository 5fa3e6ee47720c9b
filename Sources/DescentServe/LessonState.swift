import DescentLesson

/// A lesson as its live page sees it (the JSON of `/api/<lesson>/state`).
struct LessonState: Codable {
    struct FigureState: Codable {
        var name: String
        var kind: String
    }

    struct ControlState: Codable {
        var name: String
        var label: String
        /// `slider` or `click`.
        var input: String
        var value: [Double]
        var min: Double?
        var max: Double?
        var scale: String?
        var step: Double?
        var integer: Bool

        init(_ control: LessonControl) {
            name = control.name
            label = control.label?.resolved(language: "en") ?? control.name
            value = control.value
            integer = control.isInteger
            switch control.input {
            case .slider(let min, let max, let scale, let step):
                input = "slider"
                self.min = min
                self.max = max
                self.scale = scale.rawValue
                self.step = step
            case .click:
                input = "click"
            }
        }
    }

    var name: String
    var version: Int
    var errors: [String]
    var title: String
    var figures: [FigureState]
    var controls: [ControlState]
}

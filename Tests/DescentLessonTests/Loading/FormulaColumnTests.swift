import DescentLesson
import Testing

/// A formula's parse error points at the column inside the lesson file, not inside the formula.
@Suite("Formula errors point into the file")
struct FormulaColumnTests {
    @Test("a quoted surface formula: the opening quote is skipped")
    func quotedSurfaceFormula() {
        // Line 2 is `surface: {expression: "x^2 + 10*y^2 + sinn(x)"}`: the quote is at column 23,
        // the formula starts at 24 and `sinn` is its 16th character, so column 24 + 15 = 39.
        let yaml = "title: t\nsurface: {expression: \"x^2 + 10*y^2 + sinn(x)\"}\nruns:\n  - {optimizer: sgd, lr: 0.1}\n"
        #expect {
            try LessonLoader.parse(yaml: yaml, file: "f.yaml")
        } throws: { error in
            "\(error)".contains("f.yaml:2:39: error: surface formula: unknown function 'sinn' at column 16; did you mean 'sin'?")
        }
    }

    @Test("a plain schedule formula: its end is one past its last character")
    func plainScheduleFormula() {
        // Line 6 is `    schedule: {name: formula, expression: lr * exp(-1) +}`: the formula starts at
        // column 43 and is 14 characters long; the missing operand is at its column 15, file column 57.
        let yaml = "title: t\nsurface: bowl\nruns:\n  - optimizer: sgd\n    lr: 0.1\n    schedule: {name: formula, expression: lr * exp(-1) +}\n"
        #expect {
            try LessonLoader.parse(yaml: yaml, file: "f.yaml")
        } throws: { error in
            "\(error)".contains("f.yaml:6:57: error: schedule formula: expected a number, a name or '(' at column 15")
        }
    }

    @Test("a formula nested too deeply is refused at the level that goes too deep")
    func deeplyNestedFormula() {
        // The formula starts at column 24 of line 2; depth 257 is entered at its column 257,
        // file column 24 + 256 = 280.
        let formula = String(repeating: "(", count: 5000) + "x" + String(repeating: ")", count: 4999)
        let yaml = "title: t\nsurface: {expression: \"\(formula)\"}\nruns:\n  - {optimizer: sgd, lr: 0.1}\n"
        #expect {
            try LessonLoader.parse(yaml: yaml, file: "f.yaml")
        } throws: { error in
            "\(error)".contains("f.yaml:2:280: error: surface formula: the formula nests deeper than 256 levels at column 257")
        }
    }
}

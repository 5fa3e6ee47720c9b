import DescentLesson
import DescentPipeline
import Foundation
import Testing
@testable import DescentPublish

/// The gallery's offline controls: a lesson's first figure baked as SVG at a few values of each
/// slider, and a page that switches between them.
@Suite struct ControlFallbackTests {
    /// A bowl lesson with a linear, a log and a whole-number slider and a click control.
    static let lesson = """
        title: Controls
        surface: bowl
        start: [-1.5, 1.0]
        steps: 12
        runs:
          - {optimizer: sgd, lr: 0.1, momentum: 0.5, id: sgd, label: SGD}
        figures:
          - {kind: contour, name: paths}
          - {kind: loss, name: loss}
        controls:
          - {set: runs.sgd.momentum, min: 0, max: 0.9, label: "momentum"}
          - {set: runs.sgd.lr, min: 0.001, max: 1, scale: log, label: "lr"}
          - {set: steps, min: 10, max: 13, label: "steps"}
          - {set: start, by: click}
        output: {formats: [svg], size: slide, scale: 1}
        """

    /// 12 values from 0 to 0.9: 0, 0.0818..., rounded to 3 significant digits; on a log slider
    /// from 0.001 to 1 they are 10^(-3 + 3i/11) (0.001, 0.00187, 0.00351, ...); a whole-number
    /// slider from 10 to 13 rounds 10, 10.27, 10.55, ... to 10, 11, 12, 13 without repeats.
    @Test func valuesSpanEachSlider() throws {
        let controls = try LessonLoader.parse(yaml: Self.lesson, file: "controls.yaml").controls
        let linear = ControlFallback.values(controls[0])
        #expect(linear.count == 12 && linear.first == 0 && linear.last == 0.9)
        #expect(linear[1] == 0.0818)
        let log = ControlFallback.values(controls[1])
        #expect(log.count == 12 && log.first == 0.001 && log.last == 1)
        #expect(log[1] == 0.00187 && log[2] == 0.00351)
        #expect(ControlFallback.values(controls[2]) == [10, 11, 12, 13])
        #expect(ControlFallback.values(controls[3]).isEmpty)
    }

    /// The first run bakes 12 + 12 + 4 figures (rendered on two workers) and the page; the
    /// second finds them up to date and writes nothing; `force` bakes again the same bytes.
    @Test func bakesEverySliderOnceAndAgainOnlyWhenForced() async throws {
        let course = try TemporaryCourse(["controls": Self.lesson])
        defer { course.remove() }
        let builder = LessonBuilder(options: BuildOptions(outputDirectory: course.output))
        let path = try #require(course.paths.first)
        let first = try await ControlFallback(builder: builder).write(path: path)
        let figures = 12 + 12 + 4
        #expect(first.count == figures + 1)
        #expect(first.last == "\(course.output)/controls/controls.html")
        let baked = try course.outputs()
        #expect(baked.keys.filter { $0.hasSuffix(".svg") }.count == figures)
        let page = try #require(baked["controls/controls.html"].map { String(decoding: $0, as: UTF8.self) })
        #expect(page.contains("data-values='[\"10\",\"11\",\"12\",\"13\"]'"))
        #expect(try await ControlFallback(builder: builder).write(path: path).isEmpty)
        #expect(try await ControlFallback(builder: builder, force: true).write(path: path).count == figures + 1)
        #expect(try course.outputs() == baked)
    }
}

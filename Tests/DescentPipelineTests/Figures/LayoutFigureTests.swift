import DescentPlot
import DescentRender
import Foundation
import Testing
@testable import DescentPipeline

@Suite("every figure kind as a file and as a panel of a layout")
struct LayoutFigureTests {
    @Test func layoutSharesOneLegendAndAlignsStepAxes() throws {
        let figure = try FigureFixture.figure("layout", "all")
        let panels = FigureFixture.panels(figure.layout)
        #expect(panels.count == 4)
        // Runs first, then the extra entries of the loss and effective-rate panels, each once.
        #expect(figure.legend.map(\.id) == ["adam", "sgd", "training", "validation", "x", "y"])
        let lines = panels.compactMap { if case .lines(let p) = $0 { return p } else { return nil } }
        #expect(lines.count == 2)
        // Adam runs 20 steps and SGD 40; both step axes show 0...40.
        #expect(lines.allSatisfy { $0.xDomain == 0...40 })
    }

    static let fixtures = ["contour", "heatmap", "surface3d", "lr", "loss", "distance", "effective-lr", "basins", "lr-sweep", "grid", "layout"]

    @Test(arguments: fixtures)
    func rendersInEveryFormat(fixture: String) throws {
        let out = NSTemporaryDirectory() + "descent-figures-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: out) }
        let builder = LessonBuilder(options: BuildOptions(outputDirectory: out, formats: [.png, .svg, .pdf], scale: 1))
        let result = try builder.build(path: "\(FigureFixture.folder)/\(fixture).yaml")
        #expect(result.files.count == 3 * (try FigureFixture.compile(fixture)).figures.count)
        for file in result.files {
            let size = (try FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
            #expect(size > 1000, "\(file) is nearly empty")
        }
    }
}

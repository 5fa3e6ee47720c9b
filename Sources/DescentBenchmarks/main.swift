// Times each stage of building a lesson's figures, in a release build:
//   swift run -c release descent-benchmark [LESSON] [ITERATIONS]
// Prints the median of ITERATIONS runs (default 20) for running, layout and each output format.
import DescentPipeline
import DescentPlot
import DescentRender
import Foundation

let arguments = CommandLine.arguments.dropFirst()
let lessonPath = arguments.first ?? "Lessons/ravine.yaml"
let iterations = arguments.dropFirst().first.flatMap(Int.init) ?? 20

/// Median wall-clock milliseconds of `body` over the iterations.
func median(_ body: () throws -> Void) rethrows -> Double {
    var samples: [Double] = []
    for _ in 0..<iterations {
        let start = ContinuousClock.now
        try body()
        samples.append((ContinuousClock.now - start).milliseconds)
    }
    return samples.sorted()[samples.count / 2]
}

func report(_ name: String, _ ms: Double) {
    print(name.padding(toLength: 34, withPad: " ", startingAt: 0) + String(format: "%8.2f ms", ms))
}

do {
    let builder = LessonBuilder(options: BuildOptions(outputDirectory: NSTemporaryDirectory() + "descent-benchmark"))
    let painter = ScenePainter()
    var compiled = try builder.assemble(path: lessonPath)
    report("load + run + assemble (lesson)", try median { compiled = try builder.assemble(path: lessonPath) })
    for (request, figure) in compiled.figures {
        let layout = FigureLayout(measurer: painter.measurer)
        var scene = layout.scene(for: figure)
        report("\(request.name): layout", median { scene = layout.scene(for: figure) })
        for format in OutputFormat.allCases {
            report("\(request.name): \(format.rawValue)", try median { _ = try painter.render(scene, format: format, scale: 2) })
        }
    }
} catch {
    FileHandle.standardError.write(Data("descent-benchmark: \(error)\n".utf8))
    exit(1)
}

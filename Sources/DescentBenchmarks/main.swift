// Times each stage of building a lesson's figures, in a release build:
//   swift run -c release descent-benchmark [LESSON | long-path] [ITERATIONS]
// Prints the median of ITERATIONS runs (default 20) for running, layout and each output format.
// An `animation` figure is timed as a whole job per video format (frames laid out, painted on
// every core and encoded): bench/ravine-race.yaml is the 300-frame 1280x720 race of the README.
// `long-path` is a built-in lesson: one run of 100,000 steps (SGD zig-zagging down a ravine,
// converging, a dot at every step) drawn as a contour map, the case that path simplification and
// the thinning of coincident dots are for.
import DescentLesson
import DescentPipeline
import DescentPlot
import DescentRender
import Foundation

let arguments = CommandLine.arguments.dropFirst()
let lessonArgument = arguments.first ?? "Lessons/ravine.yaml"
let iterations = arguments.dropFirst().first.flatMap(Int.init) ?? 20

/// The built-in long-path lesson.
let longPathLesson = """
    title: "100,000 steps of SGD down a ravine"
    surface: {name: ravine, condition: 20}
    start: [-2.6, 1.4]
    steps: 100000
    runs:
      - {optimizer: sgd, lr: 0.036, label: SGD}
    figures:
      - {kind: contour, name: paths, dots_every: 1}
    output: {formats: [png], size: slide, scale: 2}

    """

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
    var lessonPath = lessonArgument
    if lessonArgument == "long-path" {
        let directory = NSTemporaryDirectory() + "descent-benchmark-lessons"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        lessonPath = directory + "/long-path.yaml"
        try Data(longPathLesson.utf8).write(to: URL(fileURLWithPath: lessonPath))
    }
    let builder = LessonBuilder(options: BuildOptions(outputDirectory: NSTemporaryDirectory() + "descent-benchmark"))
    let painter = ScenePainter()
    var compiled = try builder.assemble(path: lessonPath)
    report("load + run + assemble (lesson)", try median { compiled = try builder.assemble(path: lessonPath) })
    for (request, figure) in compiled.figures {
        if request.kind.animatesFigure {
            for format in [OutputSettings.Format.mp4, .gif] {
                let directory = NSTemporaryDirectory() + "descent-benchmark"
                var job = builder.animationJob(request, figure: figure, compiled: compiled.compiled)
                job.files = AnimationJob.Files(name: request.name, directory: directory, formats: [format])
                report("\(request.name): \(format.rawValue) (\(job.frameSteps.count) frames)", try median { try job.run(painter: painter) })
                let bytes = (try? FileManager.default.attributesOfItem(atPath: job.files.all[0])[.size] as? Int) ?? 0
                print("  \(job.files.all[0]): \(bytes) bytes")
            }
            continue
        }
        let layout = FigureLayout(measurer: painter.measurer)
        var scene = layout.scene(for: figure)
        report("\(request.name): layout", median { scene = layout.scene(for: figure) })
        for format in OutputFormat.allCases {
            report("\(request.name): \(format.rawValue)", try median { _ = try painter.render(scene, format: format, scale: 2) })
        }
        report("\(request.name): layout + png", try median {
            _ = try painter.render(layout.scene(for: figure), format: .png, scale: 2)
        })
    }
} catch {
    FileHandle.standardError.write(Data("descent-benchmark: \(error)\n".utf8))
    exit(1)
}

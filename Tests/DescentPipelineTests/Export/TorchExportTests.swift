import DescentNumerics
import Foundation
import Testing
@testable import DescentPipeline

/// `descent export --torch`: a script for every shipped lesson, valid Python, with the lesson's
/// settings in its key lines; and, where torch is installed, the same CSV as `descent trace`.
@Suite("PyTorch scripts for the shipped lessons")
struct TorchExportTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var lessons: [String] {
        let folder = root.appendingPathComponent("Lessons")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { folder.appendingPathComponent($0).path }
            .filter { !networkLessons.contains($0) }
    }

    /// The shipped lessons on a `network` surface, which have no torch translation yet (see
    /// `networkLessonsAreRefused`); their training is checked against PyTorch in
    /// `NetworkTorchParityTests` instead.
    static var networkLessons: [String] {
        let folder = root.appendingPathComponent("Lessons")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { folder.appendingPathComponent($0).path }
            .filter { ((try? String(contentsOfFile: $0, encoding: .utf8)) ?? "").contains("surface: {name: network") }
    }

    /// A network lesson's export is a located error, not a wrong script.
    @Test func networkLessonsAreRefused() throws {
        #expect(Self.networkLessons.count == 4)
        for path in Self.networkLessons {
            #expect(throws: TorchExport.Failure.self) { try TorchExport.script(lessonAt: path) }
        }
    }

    static func python(_ arguments: [String], path: String? = nil) -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = (path.map { ["PYTHONPATH=\($0)"] } ?? []) + ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do { try process.run() } catch { return (-1, "\(error)") }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static let pythonAvailable = python(["-c", "pass"]).status == 0
    static let torchAvailable = python(["-c", "import torch"]).status == 0
    static let standIn = root.appendingPathComponent("scripts/torch-standin").path
    static let numpyAvailable = python(["-c", "import numpy"]).status == 0

    static func script(_ name: String, run: String? = nil) throws -> String {
        try TorchExport.script(lessonAt: root.appendingPathComponent("Lessons/\(name).yaml").path, runID: run)
    }

    @Test func everyShippedLessonExports() throws {
        #expect(Self.lessons.count >= 28)
        for path in Self.lessons {
            let script = try TorchExport.script(lessonAt: path)
            #expect(script.hasPrefix("#!/usr/bin/env python3\n") && script.contains("torch.set_default_dtype(torch.float64)"))
            #expect(script.contains("\nif __name__ == '__main__':\n    run_1()"), "\(path)")
        }
    }

    @Test(.enabled(if: pythonAvailable, "python3 is needed to compile the scripts"))
    func everyScriptIsValidPython() throws {
        let folder = NSTemporaryDirectory() + "descent-export-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var files: [String] = []
        for path in Self.lessons {
            let file = folder + "/" + ((path as NSString).lastPathComponent as NSString).deletingPathExtension.replacingOccurrences(of: "-", with: "_") + ".py"
            try TorchExport.script(lessonAt: path).write(toFile: file, atomically: true, encoding: .utf8)
            files.append(file)
        }
        let result = Self.python(["-m", "py_compile"] + files)
        #expect(result.status == 0, "\(result.output)")
    }

    /// The ravine lesson (lr 0.036, 0.02 with momentum 0.8, Adam 0.1) with PyTorch's defaults.
    @Test func optimizerLinesCarryTheLessonsSettings() throws {
        let script = try Self.script("ravine")
        #expect(script.contains("    optimizer = torch.optim.SGD([p], lr=0.036, momentum=0.0, dampening=0.0, nesterov=False, weight_decay=0.0, maximize=False)\n"))
        #expect(script.contains("    optimizer = torch.optim.SGD([p], lr=0.02, momentum=0.8, dampening=0.0, nesterov=False, weight_decay=0.0, maximize=False)\n"))
        #expect(script.contains("    optimizer = torch.optim.Adam([p], lr=0.1, betas=(0.9, 0.999), eps=1e-08, weight_decay=0.0, amsgrad=False, maximize=False)\n"))
        // Ravine(condition 50, angle 0): q = (cos 0 x + sin 0 y, -sin 0 x + cos 0 y), f = (q_x^2 + 50 q_y^2)/2.
        #expect(script.contains("    qy = -0.0 * x + 1.0 * y\n    return 0.5 * (qx * qx + 50.0 * qy * qy)\n"))
    }

    /// Step decay: MultiStepLR at 30, 60, 90 stepped every 5 steps; plateau: stepped with the loss.
    @Test func schedulesAreSteppedPerEpoch() throws {
        let decay = try Self.script("12-step-decay")
        #expect(decay.contains("scheduler = torch.optim.lr_scheduler.MultiStepLR(optimizer, milestones=[30, 60, 90], gamma=0.1)\n"))
        #expect(decay.contains("        if step % 5 == 0:\n            scheduler.step()\n"))
        #expect(decay.contains("noise = [("))
        let plateau = try Self.script("16-reduce-on-plateau")
        #expect(plateau.contains("torch.optim.lr_scheduler.ReduceLROnPlateau(optimizer, mode='min', factor=0.5, patience=5, threshold=0.0001, threshold_mode='rel', cooldown=5, min_lr=0.1, eps=1e-08)"))
        #expect(plateau.contains("            scheduler.step(value)\n"))
    }

    /// A data lesson carries its samples and the mini-batches Descent drew.
    @Test func dataSurfacesCarryTheirDataAndBatches() throws {
        let script = try Self.script("02-batch-size")
        #expect(script.contains("X = torch.tensor(["))
        #expect(script.contains("    batches = [["))
        #expect(script.contains("        loss(p[0], p[1], batches[step - 1]).backward()\n"))
    }

    @Test func oneRunAndUnknownRuns() throws {
        let one = try Self.script("ravine", run: "adam")
        #expect(one.contains("# run adam") && !one.contains("# run sgd") && one.hasSuffix("    run_1()\n"))
        #expect(throws: TorchExport.Failure.self) { try Self.script("ravine", run: "nope") }
    }

    /// Runs every script and compares each run's CSV with `descent trace`'s (the lesson's own
    /// trajectories; of a seed ensemble, its first member, seed `seed`, which the script runs) to 1e-9 relative (1e-12 absolute, for losses such as the plateau's
    /// 1 - exp(-r^2) that cancel near the minimum). The scripts run in one Python process, so torch
    /// is imported once (about 3 s each time), not once per lesson.
    @Test(.enabled(if: torchAvailable, "torch is not installed (python3 -c 'import torch' fails), so the exported scripts cannot be run"))
    func scriptsReproduceTheTraces() throws {
        try Self.expectScriptsReproduce(Self.lessons)
    }

    /// The SGD lessons' scripts under `scripts/torch-standin`, a numpy stand-in for the part of
    /// torch they use (not PyTorch: it checks the scripts' surfaces, noise, mini-batches, epochs,
    /// stopping and CSV against `descent trace`, not PyTorch's arithmetic).
    @Test(.enabled(if: numpyAvailable, "python3 with numpy is needed for the torch stand-in"))
    func standInRunsMatchTheTraces() throws {
        let lessons = ["01-learning-rate", "02-batch-size", "03-lr-vs-batch-size", "04a-ravine-zigzag", "04b-saddle-stall", "04c-local-minimum",
                       "05-momentum", "06-nesterov", "12-step-decay", "16-reduce-on-plateau", "18-custom-formula",
                       "19a-l1-regularization", "19b-l2-regularization", "20b-deep-linear", "21-early-stopping"]
        try Self.expectScriptsReproduce(lessons.map { Self.root.appendingPathComponent("Lessons/\($0).yaml").path }, pythonPath: Self.standIn)
    }

    /// Runs each script as `__main__` in one interpreter and prints its output after a line
    /// `\(scriptMarker)<index>`; a script that raises prints its traceback instead and the driver
    /// exits with 1 after the others have run.
    static let scriptMarker = "#### descent script "
    static let driver = """
    import contextlib, io, runpy, sys, traceback
    failed = False
    for index, path in enumerate(sys.argv[1:]):
        output = io.StringIO()
        try:
            with contextlib.redirect_stdout(output):
                runpy.run_path(path, run_name='__main__')
        except BaseException:
            failed = True
            output.write(traceback.format_exc())
        sys.stdout.write('\(scriptMarker)%d\\n' % index + output.getvalue())
    sys.exit(1 if failed else 0)
    """

    static func expectScriptsReproduce(_ paths: [String], pythonPath: String? = nil) throws {
        let folder = NSTemporaryDirectory() + "descent-export-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let files = try paths.enumerated().map { index, path in
            let file = folder + "/lesson_\(index).py"
            try TorchExport.script(lessonAt: path).write(toFile: file, atomically: true, encoding: .utf8)
            return file
        }
        let result = python(["-c", driver] + files, path: pythonPath)
        #expect(result.status == 0, "\(result.output)")
        let outputs = result.output.components(separatedBy: scriptMarker).dropFirst()
        #expect(outputs.count == paths.count, "\(result.output)")
        for (path, output) in zip(paths, outputs) {
            let body = output.drop { $0 != "\n" }.dropFirst()
            try expectOutputMatchesTrace(String(body), lessonAt: path)
        }
    }

    static func expectOutputMatchesTrace(_ output: String, lessonAt path: String) throws {
        let compiled = try LessonBuilder(options: BuildOptions()).compile(path: path)
        let blocks = output.components(separatedBy: "# run ").dropFirst()
        var expected: [(String, String)] = []
        for run in compiled.runs {
            for (index, trajectory) in run.members.compactMap(\.first).enumerated() {
                expected.append((index == 0 ? run.id : "\(run.id) start \(index + 1)", TraceTable.csv(trajectory)))
            }
        }
        #expect(blocks.count == expected.count, "\(path)")
        for (block, (id, csv)) in zip(blocks, expected) {
            let lines = block.split(separator: "\n").map(String.init)
            #expect(lines.first == id, "\(path)")
            let got = Array(lines.dropFirst()), want = csv.split(separator: "\n").map(String.init)
            #expect(got.count == want.count, "\(path) \(id): \(got.count) rows, descent trace has \(want.count)")
            for (a, b) in zip(got, want) where a != b {
                let x = a.split(separator: ",").compactMap { Double($0) }, y = b.split(separator: ",").compactMap { Double($0) }
                let close = x.count == y.count && zip(x, y).allSatisfy { $0 == $1 || abs($0 - $1) <= max(1e-9 * max(abs($0), abs($1)), 1e-12) }
                #expect(close, "\(path) \(id): script '\(a)', descent '\(b)'")
            }
        }
    }
}

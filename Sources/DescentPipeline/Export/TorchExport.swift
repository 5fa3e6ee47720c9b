import Foundation
import DescentLesson
import DescentNumerics

/// `descent export --torch`: a standalone Python script that recomputes a lesson's runs with
/// `torch.optim` and `torch.optim.lr_scheduler` in float64 and prints, for each run and start,
/// `# run ID` and the CSV `descent trace` prints (`step,x,y,loss,lr`, 17 significant digits).
///
/// The script builds the surface in torch (a formula translated operation by operation), takes
/// the optimizer and schedule with the values Descent used (run-derived defaults resolved, the
/// rate `lr: auto` chose), steps the scheduler once per epoch of the same length (with the loss
/// for `ReduceLROnPlateau`), stops where Descent stops a diverging run, and replays the same
/// gradient noise and mini-batches (both written into the script).
public enum TorchExport {
    /// Why a lesson cannot be exported.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        /// What went wrong, ready to print.
        public var description: String
    }

    /// The script for the lesson at `path`, all its runs or only `runID`.
    public static func script(lessonAt path: String, runID: String? = nil) throws -> String {
        let lesson: Lesson
        do {
            lesson = try LessonBuilder(options: BuildOptions()).check(path: path)
        } catch {
            throw Failure(description: error.description)
        }
        let plans = runID.map { id in lesson.runs.filter { $0.id == id } } ?? lesson.runs
        if let runID, plans.isEmpty {
            throw Failure(description: "\(path): error: no run '\(runID)'; the runs are \(lesson.runs.map { "'\($0.id)'" }.joined(separator: ", "))")
        }
        let choice = lesson.surface.catalogChoice(domain: lesson.domain)
        let surface: any Surface
        do {
            surface = try Surfaces.catalog.build(choice.name, choice.parameters)
        } catch {
            throw Failure(description: "\(path): error: \(error.message)")
        }
        guard let surfaceCode = TorchSurfaceCode.code(for: surface) else {
            throw Failure(description: "\(path): error: surface '\(choice.name)' has no torch translation yet")
        }
        var script = header(lesson: lesson, path: path) + surfaceCode + [""] + helpers
        var calls: [String] = []
        var classes: Set<String> = []
        let runner = LessonRunner(surface: surface)
        for plan in plans {
            let result: RunResult
            do {
                result = try runner.run(plan)
            } catch {
                throw Failure(description: "\(path): error: run '\(plan.id)': \(error.message)")
            }
            for (index, start) in plan.starts.enumerated() {
                let name = "run_\(calls.count + 1)"
                let lines = try function(name, plan: plan, start: start, startIndex: index, learningRate: result.learningRate,
                                         surface: surface, path: path, classes: &classes)
                script += lines
                calls.append(name)
            }
        }
        script += ["", "if __name__ == '__main__':"] + calls.map { "    \($0)()" }
        return script.joined(separator: "\n") + "\n"
    }

    private static func header(lesson: Lesson, path: String) -> [String] {
        [
            "#!/usr/bin/env python3",
            "# Lesson \(lesson.name): \(lesson.title.resolved(language: "en"))",
            "# Written by `descent export --torch \((path as NSString).lastPathComponent)`. Runs the lesson's runs with",
            "# torch.optim and torch.optim.lr_scheduler in float64 and prints, for each run, '# run ID' and",
            "# the CSV `descent trace` prints (step,x,y,loss,lr). Needs only torch: python3 this_file.py",
            "# A run with `seeds` is run once, with its own seed (the first member of its ensemble).",
            "import math",
            "",
            "import torch",
            "",
            "torch.set_default_dtype(torch.float64)",
            "",
        ]
    }

    private static let helpers = [
        "def number(v):",
        "    if math.isnan(v):",
        "        return 'nan'",
        "    if math.isinf(v):",
        "        return 'inf' if v > 0 else '-inf'",
        "    return '%.17g' % v",
        "",
        "",
        "def row(step, p, value, lr):",
        "    print(','.join([str(step), number(float(p.detach()[0])), number(float(p.detach()[1])), number(value), number(float(lr))]))",
        "",
    ]

    /// One `run_k()` for one start of one run. A seed ensemble's run is its first member, with
    /// the run's own `seed` (the others differ only in the seed).
    private static func function(
        _ name: String, plan: RunPlan, start: Vec2, startIndex: Int, learningRate: Double, surface: any Surface, path: String,
        classes: inout Set<String>
    ) throws -> [String] {
        let stepsPerEpoch = RunSetup.epochLength(surface: surface, batchSize: plan.batchSize, requested: plan.stepsPerEpoch)
        let context = BuildContext(totalSteps: plan.steps, stepsPerEpoch: stepsPerEpoch, learningRate: learningRate, optimizer: plan.optimizer.name)
        let optimizer: any Optimizer, schedule: any LearningRateSchedule
        do {
            optimizer = try Optimizers.catalog.build(plan.optimizer.name, plan.optimizer.parameters, context: context)
            schedule = try Schedules.catalog.build(plan.schedule.name, plan.schedule.parameters, context: context)
        } catch {
            throw Failure(description: "\(path): error: run '\(plan.id)': \(error.message)")
        }
        let setup = RunSetup(surface: surface, optimizer: optimizer, schedule: schedule, learningRate: learningRate, start: start,
                             steps: plan.steps, stepsPerEpoch: stepsPerEpoch, batchSize: plan.batchSize, seed: plan.seed, noise: plan.noise)
        guard let made = TorchOptimizerCode.code(for: optimizer, learningRate: learningRate) else {
            throw Failure(description: "\(path): error: run '\(plan.id)': optimizer '\(plan.optimizer.name)' has no torch translation yet")
        }
        var scheduleCode = TorchScheduleCode(learningRate: learningRate, stepsPerEpoch: stepsPerEpoch)
        guard let scheduler = scheduleCode.expression(for: schedule) else {
            throw Failure(description: "\(path): error: run '\(plan.id)': schedule '\(plan.schedule.name)' has no torch translation yet")
        }
        var lines: [String] = []
        for definition in [made.setup, scheduleCode.definitions] where !definition.isEmpty {
            let key = definition.first ?? ""
            if key.hasPrefix("class "), classes.contains(key) { continue }
            if key.hasPrefix("class ") { classes.insert(key) }
            lines += [""] + definition.map { $0.hasPrefix("def lr_lambda_") ? $0.replacingOccurrences(of: "def lr_lambda_", with: "def \(name)_lr_lambda_") : $0 }
        }
        let schedulerExpression = scheduler.replacingOccurrences(of: "lr_lambda=lr_lambda_", with: "lr_lambda=\(name)_lr_lambda_")
            .replacingOccurrences(of: "KerasSchedule(optimizer, lr_lambda_", with: "KerasSchedule(optimizer, \(name)_lr_lambda_")
        let source = GradientReplay(setup: setup)
        let label = plan.label.resolved(language: "en")
        let escape = setup.escapeDomain
        let lit = Formula.literal
        lines += [
            "",
            "",
            "def \(name)():",
            "    \"\"\"Run '\(plan.id)' (\(label.replacingOccurrences(of: "\"", with: "'"))), start \(startIndex + 1): \(plan.steps) steps, \(stepsPerEpoch) per epoch.\"\"\"",
            "    p = torch.tensor([\(lit(start.x)), \(lit(start.y))], requires_grad=True)",
            "    optimizer = \(made.call)",
            "    scheduler = \(schedulerExpression)",
        ]
        lines += source.definitions.map { "    " + $0 }
        if TorchOptimizerCode.needsClosure(optimizer) {
            lines += [
                "",
                "    def closure():",
                "        optimizer.zero_grad()",
                "        value = loss(p[0], p[1])",
                "        value.backward()",
                "        return value",
                "",
            ]
        }
        lines += [
            "    print('# run \(plan.id)\(startIndex == 0 ? "" : " start \(startIndex + 1)")')",
            "    print('step,x,y,loss,lr')",
            "    with torch.no_grad():",
            "        value = float(loss(p[0], p[1]))",
            "    row(0, p, value, optimizer.param_groups[0]['lr'])",
            "    for step in range(1, \(plan.steps + 1)):",
        ]
        if TorchOptimizerCode.needsClosure(optimizer) {
            lines.append("        optimizer.step(closure)")
        } else {
            lines += [
                "        optimizer.zero_grad()",
                "        loss(p[0], p[1]\(source.batchArgument)).backward()",
            ] + source.noiseLines + ["        optimizer.step()"]
        }
        lines += [
            "        with torch.no_grad():",
            "            value = float(loss(p[0], p[1]))",
            "        x, y = float(p.detach()[0]), float(p.detach()[1])",
            "        if not (math.isfinite(x) and math.isfinite(y) and math.isfinite(value)):",
            "            break  # Descent stops a run whose point or loss is not finite",
            "        if not (\(lit(escape.x.lowerBound)) <= x <= \(lit(escape.x.upperBound)) and \(lit(escape.y.lowerBound)) <= y <= \(lit(escape.y.upperBound))):",
            "            break  # ... or that leaves the domain grown 50-fold",
        ]
        if scheduler != "None" {
            let call = schedule is ReduceLROnPlateau ? "scheduler.step(value)" : "scheduler.step()"
            lines += ["        if step % \(stepsPerEpoch) == 0:", "            \(call)"]
        }
        lines.append("        row(step, p, value, optimizer.param_groups[0]['lr'])")
        return lines
    }
}

/// The gradient noise or mini-batches Descent's run used, replayed from the same seed, as
/// Python data and the lines that apply them.
private struct GradientReplay {
    var definitions: [String] = []
    var batchArgument = ""
    var noiseLines: [String] = []

    init(setup: RunSetup) {
        if let sampled = setup.surface as? any SampledSurface {
            var sampler = MiniBatchSampler(count: sampled.sampleCount, batchSize: setup.batchSize, seed: setup.seed)
            guard sampler.batchSize < sampler.count else { return }
            var batches: [String] = []
            for _ in 0..<setup.steps {
                let batch = sampler.nextBatch()
                batches.append("[" + sampler.order[batch].map(String.init).joined(separator: ", ") + "]")
            }
            definitions = ["# the sample indices of each step's mini-batch, as Descent drew them (seed \(setup.seed))",
                           "batches = [" + batches.joined(separator: ", ") + "]"]
            batchArgument = ", batches[step - 1]"
        } else if setup.noise > 0 {
            var random = RandomSource(seed: setup.seed)
            let sigma = setup.noise / Double(setup.batchSize ?? 1).squareRoot()
            var draws: [String] = []
            for _ in 0..<setup.steps {
                let z = random.nextNormalPair()
                draws.append("(\(Formula.literal(z.x)), \(Formula.literal(z.y)))")
            }
            definitions = ["# the standard normal pairs z of each step's gradient noise sigma * z, as Descent drew them (seed \(setup.seed))",
                           "noise = [" + draws.joined(separator: ", ") + "]"]
            noiseLines = ["        p.grad.add_(torch.tensor(noise[step - 1]), alpha=\(Formula.literal(sigma)))"]
        }
    }
}

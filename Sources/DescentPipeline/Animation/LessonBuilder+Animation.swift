import DescentLesson
import DescentNumerics
import DescentPlot

extension LessonBuilder {
    /// The video and Beamer files of the animation `request`.
    func animationFiles(_ request: FigureRequest, lesson: Lesson) -> AnimationJob.Files {
        AnimationJob.Files(name: request.name, directory: lessonDirectory(lesson), formats: lesson.output.animationFormats)
    }

    /// The animation `request` of `compiled`, moving `figure` (its still, as assembled).
    ///
    /// The runs end at the longest trajectory's last step (a diverged run stops earlier, with its
    /// mark); pauses fall at the schedule events of every run; key steps default to five evenly
    /// spread steps, 0 and the last included.
    public func animationJob(_ request: FigureRequest, figure: Figure, compiled: CompiledLesson) -> AnimationJob {
        let trajectories = compiled.runs.flatMap(\.trajectories)
        let steps = trajectories.map { $0.points.count - 1 }.max() ?? 0
        let events = Set(trajectories.flatMap { $0.events.map(\.step) }).sorted()
        let timing = AnimationTiming(request)
        let epochLengths = Set(compiled.runs.map(\.stepsPerEpoch))
        let given = request.numbers("key_steps")
        var keySteps = given.isEmpty
            ? (0...4).map { Int((Double(steps) * Double($0) / 4).rounded()) }
            : given.map { min(steps, Int($0)) }
        var seen = Set<Int>()
        keySteps = keySteps.filter { seen.insert($0).inserted }
        let words = FigureWords.forLanguage(language(compiled.lesson))
        var scale = 1.2
        if case .number(let value)? = request.option("scale") { scale = value }
        return AnimationJob(
            figure: figure.pinnedAxes(), frameSteps: timing.frameSteps(steps: steps, events: events), keySteps: keySteps,
            totalSteps: steps, epochLength: epochLengths.count == 1 ? epochLengths.first ?? 1 : 1, fps: timing.fps, scale: scale,
            stepWord: words.step, epochWord: words.epoch, files: animationFiles(request, lesson: compiled.lesson)
        )
    }
}

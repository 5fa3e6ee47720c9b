import DescentFiles
import DescentLesson
import DescentPipeline
import DescentRender
import Foundation

/// Builds a course: every lesson's files, the handouts and the gallery, on every core, redoing
/// only what changed.
///
/// 1. Each lesson's key is the digest of the program, the build options and the lesson file; a
///    lesson whose key and files match the cache (``BuildCache``) is reused untouched. The
///    handouts' and the gallery's keys are digests of every lesson's.
/// 2. Lessons to build are compiled once each (runs and basin maps, language-free), concurrently.
///    When a handout or the gallery must be rebuilt, the unchanged lessons are compiled too (but
///    not rendered), since a handout shows them all.
/// 3. Every file becomes a job (a handout, the gallery, one figure in one format); the jobs run on
///    a bounded pool of workers, each with its own painter. Jobs are pure, so the files are byte
///    for byte those of a serial build.
/// 4. Cache entries are written after their files, under a lock on the output folder.
public struct CourseBuild: Sendable {
    /// How each lesson is built.
    public var options: BuildOptions
    /// The handouts and the gallery.
    public var policy: CoursePolicy
    /// Rebuild everything, whatever the cache says.
    public var force: Bool
    /// Refuse to build lessons that have warnings (`--warnings-as-errors`).
    public var warningsAsErrors: Bool
    /// The number of workers.
    public var width: Int

    /// Creates a course build.
    public init(
        options: BuildOptions, policy: CoursePolicy = .standard, force: Bool = false, warningsAsErrors: Bool = false,
        width: Int = ParallelWork.coreCount
    ) {
        self.options = options
        self.policy = policy
        self.force = force
        self.warningsAsErrors = warningsAsErrors
        self.width = width
    }

    /// The handout of `language`: `<output>/handout-<language>.pdf`.
    public func handoutPath(language: String) -> String {
        HandoutBuilder.defaultPath(outputDirectory: options.outputDirectory, language: language)
    }

    /// The gallery page: `<output>/index.html`.
    public var galleryPath: String { GalleryWriter.pagePath(outputDirectory: options.outputDirectory) }

    /// Every file a build of `paths` writes, in order, without running anything.
    public func plannedFiles(paths: [String]) throws(BuildFailure) -> [String] {
        let builder = LessonBuilder(options: options)
        var files: [String] = []
        for path in paths { files += try builder.plannedFiles(path: path) }
        guard !paths.isEmpty else { return files }
        if policy.handouts { files += policy.handoutLanguages.map(handoutPath) }
        if policy.gallery { files.append(galleryPath) }
        return files
    }

    /// Builds the lessons at `paths`, then the handouts and the gallery of those that built.
    public func run(paths: [String]) async -> CourseReport {
        let cache = BuildCache(outputDirectory: options.outputDirectory)
        let lock: BuildLock
        do { lock = try BuildLock(directory: cache.directory) } catch { return CourseReport(lessons: [], products: [], errors: [error.description]) }
        defer { withExtendedLifetime(lock) {} }

        let options = options, policy = policy
        let builder = LessonBuilder(options: options)
        let sources = paths.map(LessonSource.init(path:))
        let keys = sources.map { lessonKey($0) }
        let reused = sources.indices.map { i in force ? nil : cache.fresh(sources[i].product, key: keys[i]) }
        let handoutKeys = policy.handoutLanguages.map { courseKey("handout \($0) \(policy.paper.rawValue)", sources) }
        let galleryKey = courseKey("gallery \(options.cacheKey)", sources)
        let handouts = !policy.handouts || sources.isEmpty ? [] : policy.handoutLanguages.indices.filter {
            force || cache.fresh("handout-\(policy.handoutLanguages[$0])", key: handoutKeys[$0]) == nil
        }
        let gallery = policy.gallery && !sources.isEmpty && (force || cache.fresh("gallery", key: galleryKey) == nil)

        // Compile what is rendered, and everything when a handout or the gallery is rebuilt.
        let toCompile = sources.indices.filter { reused[$0] == nil || !handouts.isEmpty || gallery }
        let strict = warningsAsErrors
        let compiledList = await ParallelWork.map(toCompile, width: width, worker: {}) { _, i in
            Timed { () throws(BuildFailure) in
                let lesson = try builder.load(sources[i].path)
                if strict, !lesson.warnings.isEmpty { throw BuildFailure(diagnostics: lesson.warnings) }
                let compiled = try builder.compile(lesson)
                try builder.verify(compiled)
                return compiled
            }
        }
        var compiled: [Int: Timed<CompiledLesson>] = [:]
        for (i, result) in zip(toCompile, compiledList) { compiled[i] = result }
        let good = sources.indices.compactMap { compiled[$0]?.value }

        // Leftovers of a killed build, in the folders this one writes (under the lock, so never a
        // live writer's).
        AtomicFile.removeStaleTemporaries(in: options.outputDirectory)
        for i in sources.indices where reused[i] == nil {
            if let lesson = compiled[i]?.value { AtomicFile.removeStaleTemporaries(in: builder.lessonDirectory(lesson.lesson)) }
        }

        // Every file is a job; the longest (handouts, gallery SVGs) go first.
        var jobs: [CourseJob] = handouts.map { .handout(policy.handoutLanguages[$0]) }
        let wroteSVG = good.allSatisfy { builder.plannedFiles($0.lesson).contains { $0.hasSuffix(".svg") } }
        if gallery { jobs.append(.gallery(renderFigures: !wroteSVG)) }
        var files: [CourseJob] = []
        for i in sources.indices where reused[i] == nil {
            guard let lesson = compiled[i]?.value else { continue }
            files += builder.jobs(lesson).map { .file(lesson: i, $0) }
        }
        // Fewer jobs than workers (one figure, two cores): each format of a figure becomes a job.
        if jobs.count + files.count < width {
            files = files.flatMap { job in
                guard case .file(let i, let render) = job else { return [job] }
                return render.perFile.map { CourseJob.file(lesson: i, $0) }
            }
        }
        jobs += files
        let done = await ParallelWork.map(jobs, width: width, worker: { ScenePainter() }) { painter, job in
            Timed { () throws(BuildFailure) in
                try job.run(painter: painter, options: options, policy: policy, compiled: good, sources: sources)
            }
        }

        // Outcomes, and cache entries for what built cleanly.
        var lessons: [CourseReport.LessonOutcome] = []
        for i in sources.indices {
            if let entry = reused[i] {
                lessons.append(.reused(name: sources[i].name, files: entry.files.map(\.path), notes: entry.notes))
                continue
            }
            guard let result = compiled[i] else { continue }
            guard let lesson = result.value else {
                cache.forget(sources[i].product)
                lessons.append(.failed(result.failure ?? BuildFailure()))
                continue
            }
            let own = zip(jobs, done).filter { if case .file(i, _) = $0.0 { true } else { false } }.map(\.1)
            if let failure = own.compactMap(\.failure).first {
                cache.forget(sources[i].product)
                lessons.append(.failed(failure))
                continue
            }
            let files = builder.plannedFiles(lesson.lesson), notes = builder.notes(lesson)
            try? cache.record(sources[i].product, key: keys[i], files: files, notes: notes)
            lessons.append(.built(
                name: sources[i].name, files: files, milliseconds: result.milliseconds + own.reduce(0) { $0 + $1.milliseconds }, notes: notes,
                warnings: lesson.lesson.warnings
            ))
        }
        var products: [CourseReport.ProductOutcome] = []
        for (k, language) in policy.handoutLanguages.enumerated() where policy.handouts && !sources.isEmpty && !handouts.contains(k) {
            products.append(.init(path: handoutPath(language: language), built: false, summary: "up to date", failed: false, milliseconds: 0))
        }
        if policy.gallery, !sources.isEmpty, !gallery {
            products.append(.init(path: galleryPath, built: false, summary: "up to date", failed: false, milliseconds: 0))
        }
        for (job, result) in zip(jobs, done) {
            let product: String, key: String, path: String
            switch job {
            case .handout(let language):
                (product, path) = ("handout-\(language)", handoutPath(language: language))
                key = handoutKeys[policy.handoutLanguages.firstIndex(of: language) ?? 0]
            case .gallery:
                (product, key, path) = ("gallery", galleryKey, galleryPath)
            case .file:
                continue
            }
            if let summary = result.value {
                try? cache.record(product, key: key, files: summary.files)
                products.append(.init(path: path, built: true, summary: summary.text, failed: false, milliseconds: result.milliseconds))
            } else {
                cache.forget(product)
                products.append(.init(path: path, built: true, summary: result.failure?.description ?? "failed", failed: true, milliseconds: result.milliseconds))
            }
        }
        return CourseReport(lessons: lessons, products: products, errors: [])
    }

    /// The key of one lesson's files: the program, the options and the lesson file's bytes.
    private func lessonKey(_ source: LessonSource) -> String {
        var hash = ContentHash()
        hash.combine(ProgramIdentity.digest)
        hash.combine(options.cacheKey)
        hash.combine(source.path)
        hash.combine(source.digest ?? "unreadable")
        return hash.description
    }

    /// The key of a product made of every lesson (a handout, the gallery).
    private func courseKey(_ what: String, _ sources: [LessonSource]) -> String {
        var hash = ContentHash()
        hash.combine(ProgramIdentity.digest)
        hash.combine(what)
        for source in sources {
            hash.combine(source.path)
            hash.combine(source.digest ?? "unreadable")
        }
        return hash.description
    }
}

/// A lesson file as the cache sees it: its path, its name and the digest of its bytes.
struct LessonSource: Sendable {
    var path: String
    var digest: String?

    init(path: String) {
        self.path = path
        digest = ContentHash.ofFile(path)?.description
    }

    /// The lesson's name: the file name without its extension.
    var name: String { ((path as NSString).lastPathComponent as NSString).deletingPathExtension }

    /// The cache entry of its files.
    var product: String { "lesson-\(name)" }
}

/// A value with the time it took, or the failure that took its place.
struct Timed<Value: Sendable>: Sendable {
    var value: Value?
    var failure: BuildFailure?
    var milliseconds: Double

    init(_ body: () throws(BuildFailure) -> Value) {
        let clock = ContinuousClock.now
        do {
            value = try body()
        } catch {
            failure = error
        }
        milliseconds = (ContinuousClock.now - clock).milliseconds
    }
}

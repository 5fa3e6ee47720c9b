import DescentLesson
import DescentNumerics
import DescentPipeline
import DescentPlot
import DescentRender
import DescentScene
import Foundation

/// The live studio's answers, free of HTTP: the course index, a lesson's page and state, its
/// figures for given control values, the lesson text with those values written in, and the
/// lesson files themselves. `StudioServer` maps routes onto these.
///
/// A figure is made exactly as `descent build` makes it from the lesson text with the values
/// written in (`LessonEdit`): loaded and checked with the same options, compiled, laid out and
/// rendered at the lesson's scale. Only the sampled surface is shared between requests
/// (`FieldCaches`), which is what makes a slider answer fast.
public final class Studio: Sendable {
    /// How the studio runs.
    public let options: StudioOptions
    /// The lessons served.
    public let library: LessonLibrary
    let builder: LessonBuilder
    let fields = FieldCaches()
    let latest = LatestRequests()
    let workers: RenderWorkers
    /// The served folder, symlinks resolved: no file outside it is ever read.
    let rootDirectory: String

    /// A studio over `options.root`, building with `build` (the options `descent build` uses).
    public init(options: StudioOptions, build: BuildOptions = BuildOptions()) {
        self.options = options
        builder = LessonBuilder(options: build)
        library = LessonLibrary(files: LessonLibrary.files(root: options.root), builder: builder)
        workers = RenderWorkers(limit: options.maxRenders, timeLimit: options.renderTimeLimit)
        var isDirectory: ObjCBool = false
        FileManager.default.fileExists(atPath: options.root, isDirectory: &isDirectory)
        let folder = isDirectory.boolValue ? options.root : (options.root as NSString).deletingLastPathComponent
        rootDirectory = Self.resolved(folder.isEmpty ? "." : folder) ?? folder
    }

    // MARK: Pages

    /// The course: every lesson with its title, linked to its live page.
    public func index() -> StudioReply {
        .html(StudioPage.index(library.all))
    }

    /// A lesson's live page, or 404.
    public func page(_ name: String) -> StudioReply {
        guard let entry = library.entry(name) else { return .text(404, "no lesson '\(name)'") }
        return .html(StudioPage.lesson(entry))
    }

    /// What the page draws: the lesson's version, errors, figures and controls, as JSON.
    public func state(_ name: String) -> StudioReply {
        guard let entry = library.entry(name) else { return .text(404, "no lesson '\(name)'") }
        let lesson = entry.lesson ?? entry.lastGood?.lesson
        let state = LessonState(
            name: entry.name, version: entry.version, errors: entry.errors,
            title: lesson?.title.resolved(language: lesson?.output.language ?? "en") ?? entry.name,
            figures: lesson?.writtenFigures.map { LessonState.FigureState(name: $0.name, kind: $0.kind.name) } ?? [],
            controls: lesson?.controls.map(LessonState.ControlState.init) ?? []
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return .json(String(decoding: (try? encoder.encode(state)) ?? Data(), as: UTF8.self))
    }

    // MARK: Figures

    /// The figure `file` (`paths.svg`, `paths.png`) of lesson `name` with the control values of
    /// `query`: 400 for bad values, 404 for an unknown lesson or figure, 409 when a newer request
    /// of the same client overtook it, 422 when the values make the lesson invalid (the located
    /// errors), 503 when the studio is busy or the render ran out of time.
    public func figure(_ name: String, file: String, query: [(String, String)]) async -> StudioReply {
        guard let entry = library.entry(name), let (lesson, text) = entry.current else {
            return .text(404, "no lesson '\(name)'")
        }
        let figureName = (file as NSString).deletingPathExtension
        guard let format = OutputFormat(rawValue: (file as NSString).pathExtension), format != .pdf,
              lesson.writtenFigures.contains(where: { $0.name == figureName }) else {
            return .text(404, "lesson '\(name)' has no figure '\(file)'; it has \(lesson.writtenFigures.map { "'\($0.name).svg'" }.joined(separator: ", "))")
        }
        let values: [String: [Double]]
        switch ControlQuery.values(query, controls: lesson.controls) {
        case .success(let checked): values = checked
        case .failure(let problem): return .text(400, problem.message)
        }
        let client = query.first { $0.0 == "client" }?.1
        let key = "\(client ?? "")|\(name)|\(file)"
        let ticket = client.map { _ in self.latest.begin(key) }
        let builder = self.builder, fields = self.fields, latest = self.latest, path = entry.path
        let outcome = await workers.run { painter -> StudioReply in
            if let ticket, !latest.isLatest(key, ticket) {
                return .text(409, "stale: a newer request for this figure replaced it")
            }
            let clock = ContinuousClock.now
            do {
                let edited = try LessonEdit.apply(values, controls: lesson.controls, to: text)
                let changed = try builder.load(yaml: edited, file: path)
                let compiled = try builder.compile(changed, fields: fields.cache(for: changed))
                guard let bytes = try builder.render(compiled, figure: figureName, format: format, painter: painter) else {
                    return .text(404, "no figure '\(file)'")
                }
                var reply = StudioReply(contentType: format == .svg ? "image/svg+xml" : "image/png", body: bytes)
                reply.milliseconds = (ContinuousClock.now - clock).milliseconds
                reply.failedClaims = ClaimEvaluation.failures(compiled).map { "line \($0.line): \($0.message.replacingOccurrences(of: "claim failed: ", with: ""))" }
                return reply
            } catch let failure as BuildFailure {
                return .text(422, (Array(Set(failure.diagnostics)).sorted().map(\.description) + failure.messages).joined(separator: "\n"))
            } catch {
                return .text(400, "\(error)")
            }
        }
        switch outcome {
        case .done(let reply): return reply
        case .busy: return .text(503, "busy: \(options.maxRenders) renders are running; try again")
        case .timedOut: return .text(503, "the render took longer than \(options.renderTimeLimit) and was given up")
        }
    }

    /// The lesson's text with the values of `query` written in ("copy as YAML"): paste it into
    /// the lesson file and `descent build` draws what the page shows.
    public func yaml(_ name: String, query: [(String, String)]) -> StudioReply {
        guard let entry = library.entry(name), let (lesson, text) = entry.current else {
            return .text(404, "no lesson '\(name)'")
        }
        switch ControlQuery.values(query, controls: lesson.controls) {
        case .failure(let problem): return .text(400, problem.message)
        case .success(let values):
            do {
                let edited = try LessonEdit.apply(values, controls: lesson.controls, to: text)
                return StudioReply(contentType: "text/yaml; charset=utf-8", body: Array(edited.utf8))
            } catch {
                return .text(400, error.message)
            }
        }
    }

    /// Where the map of figure `file` sits in its picture, for turning a click into a start
    /// point: the plot rectangle as fractions of the figure and the domain it shows, as JSON.
    public func frame(_ name: String, figure: String) async -> StudioReply {
        guard let entry = library.entry(name), let lesson = entry.lesson ?? entry.lastGood?.lesson else {
            return .text(404, "no lesson '\(name)'")
        }
        guard lesson.writtenFigures.contains(where: { $0.name == figure }) else { return .text(404, "no figure '\(figure)'") }
        let builder = self.builder, fields = self.fields
        let outcome = await workers.run { painter -> StudioReply in
            guard let compiled = try? builder.compile(lesson, fields: fields.cache(for: lesson)),
                  let spec = builder.assemble(compiled, only: figure).figures.first?.figure else { return .text(404, "no figure '\(figure)'") }
            let scene = FigureLayout(measurer: painter.measurer).scene(for: spec)
            guard let plot = MapFrame.plot(in: scene) else { return .text(404, "figure '\(figure)' has no map") }
            let size = scene.size, domain = compiled.domain
            let json = "{\"left\":\(plot.x / size.width),\"top\":\(plot.y / size.height),\"width\":\(plot.width / size.width),\"height\":\(plot.height / size.height),\"x\":[\(domain.x.lowerBound),\(domain.x.upperBound)],\"y\":[\(domain.y.lowerBound),\(domain.y.upperBound)]}"
            return .json(json)
        }
        if case .done(let reply) = outcome { return reply }
        return .text(503, "busy")
    }

    // MARK: Files

    /// A lesson file under the served folder, by its path there. Anything that leaves the
    /// folder is 404: `..` (also percent-encoded), absolute paths, symlinks pointing out.
    public func source(_ rawPath: String) -> StudioReply {
        guard let decoded = rawPath.removingPercentEncoding, !decoded.hasPrefix("/"), !decoded.contains("\0"),
              !decoded.split(separator: "/").contains(where: { $0 == ".." || $0 == "." }),
              decoded.hasSuffix(".yaml") || decoded.hasSuffix(".yml"),
              let real = Self.resolved(rootDirectory + "/" + decoded), real.hasPrefix(rootDirectory + "/"),
              let bytes = FileManager.default.contents(atPath: real) else {
            return .text(404, "not found")
        }
        return StudioReply(contentType: "text/yaml; charset=utf-8", body: Array(bytes))
    }

    /// `path` with every symlink resolved, or nil when it does not exist.
    static func resolved(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }
}

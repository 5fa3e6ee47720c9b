import DescentFiles
import DescentLesson
import DescentPipeline
import DescentRender
import Foundation

/// The gallery's offline stand-in for `descent serve`: for each slider a lesson declares, its
/// first figure baked as SVG at `count` values across the slider's range, and a page
/// (`<lesson>/controls.html`) whose slider switches between them. Plain files with no server and
/// no external assets, so it works from a USB stick.
public struct ControlFallback {
    /// Values baked per slider.
    public static let count = 12

    /// How lessons are loaded and rendered (the options of the build that writes the gallery).
    public let builder: LessonBuilder

    /// Bake even when the files are up to date (`descent build --force`).
    public let force: Bool

    /// A fallback writer for `builder`'s output folder.
    public init(builder: LessonBuilder, force: Bool = false) {
        self.builder = builder
        self.force = force
    }

    /// The values a slider is baked at: `count` evenly spaced from `min` to `max` (evenly in the
    /// logarithm on a log slider), rounded to 3 significant digits (whole numbers for a
    /// whole-number control, without repeats), each within the range.
    public static func values(_ control: LessonControl, count: Int = ControlFallback.count) -> [Double] {
        guard case .slider(let min, let max, let scale, _) = control.input, count > 1 else { return [] }
        var values: [Double] = []
        for i in 0..<count {
            let t = Double(i) / Double(count - 1)
            let raw = scale == .log ? min * Foundation.pow(max / min, t) : min + t * (max - min)
            let rounded = control.isInteger ? raw.rounded() : Double(String(format: "%.3g", raw)) ?? raw
            let value = Swift.min(max, Swift.max(min, rounded))
            if values.last != value { values.append(value) }
        }
        return values
    }

    /// The page's path for lesson `name`.
    public func pagePath(lesson name: String) -> String { "\(builder.options.outputDirectory)/\(name)/controls.html" }

    /// Bakes the lesson at `path` (nothing when it declares no slider, or its files are
    /// up to date for this lesson text) and returns the files written. The baked figures are
    /// independent, so they are rendered on every core (each worker with its own painter); the
    /// files and the page are the same whatever the order.
    public func write(path: String) async throws(BuildFailure) -> [String] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        let lesson = try builder.load(yaml: text, file: path)
        let sliders = lesson.controls.filter { !Self.values($0).isEmpty }
        guard !sliders.isEmpty, let figure = lesson.writtenFigures.first else { return [] }
        let folder = "\(builder.options.outputDirectory)/\(lesson.name)/controls"
        var hash = ContentHash()
        hash.combine(text)
        hash.combine(builder.options.cacheKey)
        let key = "\(hash)\n"
        if !force, (try? String(contentsOfFile: "\(folder)/.key", encoding: .utf8)) == key { return [] }

        var bakes: [Bake] = []
        for (index, control) in sliders.enumerated() {
            for (step, value) in Self.values(control).enumerated() {
                do {
                    let edited = try LessonEdit.apply([control.name: [value]], controls: lesson.controls, to: text)
                    bakes.append(Bake(control: index, value: value, name: "\(index + 1)-\(step + 1).svg", lesson: edited))
                } catch {
                    throw BuildFailure(messages: ["\(path): error: \(error.message)"])
                }
            }
        }
        let builder = builder, fields = FieldCache()
        let results = await ParallelWork.map(bakes, worker: { ScenePainter() }) { painter, bake -> Result<String?, BuildFailure> in
            Result { () throws(BuildFailure) -> String? in
                let compiled = try builder.compile(try builder.load(yaml: bake.lesson, file: path), fields: fields)
                guard let bytes = try builder.render(compiled, figure: figure.name, format: .svg, painter: painter) else { return nil }
                do { try AtomicFile.write(bytes, to: "\(folder)/\(bake.name)") } catch { throw BuildFailure(messages: ["\(path): error: \(error)"]) }
                return "\(folder)/\(bake.name)"
            }
        }
        var files: [String] = []
        var groups = sliders.map { (control: $0, files: [(value: Double, file: String)]()) }
        for (bake, result) in zip(bakes, results) {
            guard let file = try result.get() else { continue }
            files.append(file)
            groups[bake.control].files.append((bake.value, "controls/\(bake.name)"))
        }
        let page = Self.page(lesson: lesson, figure: figure.name, groups: groups)
        do {
            try AtomicFile.write(Array(page.utf8), to: pagePath(lesson: lesson.name))
            try AtomicFile.write(Array(key.utf8), to: "\(folder)/.key")
        } catch {
            throw BuildFailure(messages: ["\(path): error: \(error)"])
        }
        return files + [pagePath(lesson: lesson.name)]
    }

    /// One figure to bake: slider `control` (its index among the lesson's sliders) at `value`,
    /// written as `name`, from the lesson text with the value written in.
    private struct Bake: Sendable {
        var control: Int
        var value: Double
        var name: String
        var lesson: String
    }

    /// The page: one slider per control, each switching the figure between its baked values
    /// (the others at the lesson's own values).
    static func page(lesson: Lesson, figure: String, groups: [(control: LessonControl, files: [(value: Double, file: String)])]) -> String {
        let e = Markup.escaped
        let language = lesson.output.language
        var out = """
        <!DOCTYPE html>
        <html lang="\(e(language))"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(e(lesson.title.resolved(language: language)))</title><style>\(Gallery.css)
        label{display:block;margin:1rem 0 .2rem;font-size:.9rem}label output{font-weight:700;color:var(--accent);margin-left:.5rem}input[type=range]{width:100%}
        </style></head><body><main style="margin-left:auto;margin-right:auto">
        <header><h1>\(e(lesson.title.resolved(language: language)))</h1><p>Precomputed: each slider shows the figure at \(count) values of one control, the others at the lesson's values. <code>descent serve</code> computes any value live.</p></header>
        <p><a href="../index.html#\(e(lesson.name))">← gallery</a></p>

        """
        for (index, group) in groups.enumerated() {
            let original = group.control.value[0]
            let start = group.files.indices.min { abs(group.files[$0].value - original) < abs(group.files[$1].value - original) } ?? 0
            let label = group.control.label?.resolved(language: language) ?? group.control.name
            let files = group.files.map { "\"\(e($0.file))\"" }.joined(separator: ",")
            let values = group.files.map { "\"\(LessonEdit.spelling($0.value, integer: group.control.isInteger))\"" }.joined(separator: ",")
            out += """
            <section><label>\(e(label)) <output id="v\(index)">\(LessonEdit.spelling(group.files[start].value, integer: group.control.isInteger))</output></label>
            <input type="range" min="0" max="\(group.files.count - 1)" value="\(start)" data-files='[\(files)]' data-values='[\(values)]' data-out="v\(index)" data-img="f\(index)">
            <figure><img id="f\(index)" src="\(e(group.files[start].file))" alt="\(e(figure)) at \(e(label))"></figure></section>

            """
        }
        out += """
        <script>for (const s of document.querySelectorAll('input[type=range]')) s.addEventListener('input', () => {
          document.getElementById(s.dataset.img).src = JSON.parse(s.dataset.files)[s.value];
          document.getElementById(s.dataset.out).textContent = JSON.parse(s.dataset.values)[s.value]; });</script>
        </main></body></html>

        """
        return out
    }
}

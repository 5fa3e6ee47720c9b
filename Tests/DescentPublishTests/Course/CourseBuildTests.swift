import DescentPipeline
import Foundation
import Testing
@testable import DescentPublish

/// A folder with small lessons and an output folder, removed by `remove()`.
struct TemporaryCourse {
    let directory: String
    var output: String { directory + "/out" }
    var paths: [String]

    init(_ lessons: [String: String]) throws {
        directory = NSTemporaryDirectory() + "descent-course-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        paths = []
        for (name, yaml) in lessons.sorted(by: { $0.key < $1.key }) {
            let path = "\(directory)/\(name).yaml"
            try yaml.write(toFile: path, atomically: true, encoding: .utf8)
            paths.append(path)
        }
    }

    func remove() { try? FileManager.default.removeItem(atPath: directory) }

    /// Every file under the output folder but the cache, with its bytes.
    func outputs() throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: output)
        while let relative = enumerator?.nextObject() as? String {
            guard !relative.hasPrefix(".descent-cache") else { continue }
            var isDirectory: ObjCBool = false
            let path = "\(output)/\(relative)"
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            files[relative] = try Data(contentsOf: URL(fileURLWithPath: path))
        }
        return files
    }

    /// A lesson of `runs` short runs on the bowl with a map, an LR and a loss panel.
    static func lesson(title: String, lr: Double) -> String {
        """
        title: {en: "\(title)", ko: "\(title) (ko)"}
        surface: bowl
        start: [-1.5, 1.0]
        steps: 12
        runs:
          - {optimizer: sgd, lr: \(lr), label: SGD}
          - {optimizer: adam, lr: 0.1, label: Adam}
        figures:
          - {kind: contour, name: paths, caption: "Both reach the minimum."}
          - {kind: loss, name: loss, log: true}
          - {kind: layout, name: overview, panels: [paths, loss]}
        output: {formats: [png, svg], size: slide, scale: 1}
        """
    }

    static let three = [
        "a": lesson(title: "First", lr: 0.1), "b": lesson(title: "Second", lr: 0.3), "c": lesson(title: "Third", lr: 0.5),
    ]
}

@Suite("Course build: every core, byte for byte; only what changed is rebuilt")
struct CourseBuildTests {
    private func build(_ course: TemporaryCourse, width: Int = 2, force: Bool = false) async -> CourseReport {
        await CourseBuild(options: BuildOptions(outputDirectory: course.output), force: force, width: width).run(paths: course.paths)
    }

    private func kinds(_ report: CourseReport) -> [String] {
        report.lessons.map { outcome in
            switch outcome {
            case .built: "built"
            case .reused: "reused"
            case .failed: "failed"
            }
        }
    }

    @Test("two workers write exactly the bytes one worker writes")
    func parallelEqualsSerial() async throws {
        let serial = try TemporaryCourse(TemporaryCourse.three), parallel = try TemporaryCourse(TemporaryCourse.three)
        defer { serial.remove(); parallel.remove() }
        _ = await build(serial, width: 1)
        let report = await build(parallel, width: 2)
        #expect(report.failures == 0)
        let one = try serial.outputs(), two = try parallel.outputs()
        // 3 lessons x 3 figures x 2 formats, two handouts and the page.
        let expected = 3 * 3 * 2 + 2 + 1
        #expect(one.count == expected)
        #expect(Set(one.keys) == Set(two.keys))
        for (name, bytes) in one {
            #expect(two[name] == bytes, "\(name) differs between a serial and a parallel build")
        }
    }

    @Test("an unchanged course is reused whole; its files are not touched")
    func unchangedCourseDoesNoWork() async throws {
        let course = try TemporaryCourse(TemporaryCourse.three)
        defer { course.remove() }
        let first = await build(course)
        #expect(kinds(first) == ["built", "built", "built"])
        let stamps = try course.outputs().keys.map { FileStamp.of("\(course.output)/\($0)") }
        let second = await build(course)
        #expect(kinds(second) == ["reused", "reused", "reused"])
        #expect(second.products.allSatisfy { !$0.built })
        #expect(try course.outputs().keys.map { FileStamp.of("\(course.output)/\($0)") } == stamps)
    }

    @Test("editing one lesson rebuilds it, the handouts and the gallery, and nothing else")
    func editRebuildsOnlyThatLesson() async throws {
        let course = try TemporaryCourse(TemporaryCourse.three)
        defer { course.remove() }
        _ = await build(course)
        try TemporaryCourse.lesson(title: "Second, edited", lr: 0.2).write(toFile: course.paths[1], atomically: true, encoding: .utf8)
        let report = await build(course)
        #expect(kinds(report) == ["reused", "built", "reused"])
        #expect(report.products.count == 3)
        #expect(report.products.allSatisfy { $0.built })
    }

    @Test("a corrupt cache entry, or an output removed or changed, is rebuilt, never trusted")
    func damagedEntriesAreRebuilt() async throws {
        let course = try TemporaryCourse(TemporaryCourse.three)
        defer { course.remove() }
        _ = await build(course)
        let entry = "\(course.output)/.descent-cache/lesson-a.json"
        let text = try String(contentsOfFile: entry, encoding: .utf8)
        try String(text.prefix(text.count / 2)).write(toFile: entry, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(atPath: "\(course.output)/b/loss.png")
        try Data("not a figure".utf8).write(to: URL(fileURLWithPath: "\(course.output)/c/paths.svg"))
        let report = await build(course)
        #expect(kinds(report) == ["built", "built", "built"])
        #expect(FileManager.default.fileExists(atPath: "\(course.output)/b/loss.png"))
        let svg = try String(contentsOfFile: "\(course.output)/c/paths.svg", encoding: .utf8)
        #expect(svg.contains("<svg"))
    }

    @Test("--force rebuilds everything")
    func forceRebuildsEverything() async throws {
        let course = try TemporaryCourse(TemporaryCourse.three)
        defer { course.remove() }
        _ = await build(course)
        let report = await build(course, force: true)
        #expect(kinds(report) == ["built", "built", "built"])
        #expect(report.products.allSatisfy { $0.built })
    }

    @Test("a failing lesson is reported; the others, the handouts and the gallery are built without it")
    func failingLessonIsLeftOut() async throws {
        var lessons = TemporaryCourse.three
        lessons["b"] = "title: Broken\nsurface: bowll\n"
        let course = try TemporaryCourse(lessons)
        defer { course.remove() }
        let report = await build(course)
        #expect(kinds(report) == ["built", "failed", "built"])
        #expect(report.failures == 1)
        guard case .failed(let failure) = report.lessons[1] else { return }
        #expect(failure.description.contains("b.yaml:2:"))
        #expect(report.products.allSatisfy { !$0.failed })
        #expect(report.products.first?.summary == "4 pages, 2 lessons")
    }
}

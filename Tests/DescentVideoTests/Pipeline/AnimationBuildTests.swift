import CDescentAV
import DescentPipeline
import Foundation
import Testing

/// `descent build` of a lesson with an `animation` figure: the MP4 decodes through libavformat
/// with the frames, size, rate and duration the timing gives, the GIF loops with one frame per
/// frame, the PDFs have one page per frame and per key step, the bytes repeat, and bad values
/// leave no file.
@Suite("Animation build")
struct AnimationBuildTests {
    /// 20 steps at one step per frame and 10 fps, then a 0.5 s hold: 21 motion frames + 5 = 26
    /// frames, 2.6 s. The slide is 400 x 224 pt at scale 1, so 400 x 224 pixels.
    static let lesson = """
        title: Race
        surface: {expression: "(x^2 + 3*y^2)/2"}
        domain: {x: [-3, 3], y: [-2, 2]}
        start: [-2.7, 0.5]
        steps: 20
        runs:
          - {optimizer: sgd, lr: 0.3, label: good}
          - {optimizer: sgd, lr: 0.75, label: too large}
        figures:
          - {kind: contour, name: paths, resolution: 40}
          - {kind: loss, name: loss, log: true}
          - {kind: layout, name: overview, panels: [paths, loss]}
          - {kind: animation, name: race, of: overview, fps: 10, steps_per_frame: 1, hold: 0.5, scale: 1, key_steps: [0, 5, 20]}
        output: {formats: [png, mp4, gif, pdf-frames], size: {width: 400, height: 224}}
        """

    struct Built {
        let directory: String
        var output: String { directory + "/out/race" }
        func bytes(_ file: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: URL(fileURLWithPath: "\(output)/\(file)"))) }
        func remove() { try? FileManager.default.removeItem(atPath: directory) }
    }

    static func build(_ yaml: String, animations: Bool = true) throws -> Built {
        let directory = NSTemporaryDirectory() + "descent-animation-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try yaml.write(toFile: "\(directory)/race.yaml", atomically: true, encoding: .utf8)
        _ = try LessonBuilder(options: BuildOptions(outputDirectory: directory + "/out", animations: animations)).build(path: "\(directory)/race.yaml")
        return Built(directory: directory)
    }

    /// Pages of a Cairo PDF: its `/Type /Page` objects (not `/Pages`).
    static func pageCount(_ bytes: [UInt8]) -> Int {
        let text = String(decoding: bytes, as: UTF8.self)
        return text.components(separatedBy: "/Type /Page").count - 1 - (text.components(separatedBy: "/Type /Pages").count - 1)
    }

    @Test func everyFormatReadsBack() throws {
        let built = try Self.build(Self.lesson)
        defer { built.remove() }
        let mp4 = try MP4Probe(bytes: built.bytes("race.mp4"))
        #expect(mp4.codecName == "h264")
        #expect(mp4.pixelFormat == AV_PIX_FMT_YUV420P)
        #expect((mp4.width, mp4.height) == (400, 224))
        #expect(mp4.decodedFrames == 26)
        #expect(mp4.averageFrameRate.num == 10 * mp4.averageFrameRate.den)
        #expect(abs(mp4.durationSeconds - 2.6) < 1e-6)

        let gif = try GIFProbe(bytes: built.bytes("race.gif"))
        #expect(gif.frames.count == 26)
        #expect(gif.loopCount == 0)  // 0: loop forever
        #expect((gif.width, gif.height) == (400, 224))

        // One page per distinct frame (the hold repeats the last), one per key step.
        #expect(Self.pageCount(try built.bytes("race-frames.pdf")) == 21)
        #expect(Self.pageCount(try built.bytes("race-steps.pdf")) == 3)
        let tex = String(decoding: try built.bytes("race.tex"), as: UTF8.self)
        #expect(tex.contains("\\animategraphics[controls,width=\\linewidth]{10}{race-frames}{0}{20}"))
        #expect(tex.contains("\\only<3>{\\includegraphics[page=3,width=\\linewidth]{race-steps.pdf}}% step 20"))
        // The still formats hold the last frame (the poster).
        #expect(FileManager.default.fileExists(atPath: "\(built.output)/race.png"))
    }

    /// `descent build --no-animations`: the animation's still (its PNG, the last frame) and the
    /// other figures, no video, GIF, frame PDFs or Beamer snippet.
    @Test func withoutAnimationsOnlyTheStillIsWritten() throws {
        let built = try Self.build(Self.lesson, animations: false), full = try Self.build(Self.lesson)
        defer { built.remove(); full.remove() }
        let animationFiles: Set = ["race.mp4", "race.gif", "race-frames.pdf", "race-steps.pdf", "race.tex"]
        let everything = try FileManager.default.contentsOfDirectory(atPath: full.output).sorted()
        #expect(animationFiles.isSubset(of: everything) && everything.contains("race.png"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: built.output).sorted() == everything.filter { !animationFiles.contains($0) })
        #expect(try built.bytes("race.png") == full.bytes("race.png"))
    }

    @Test func theSameLessonGivesTheSameBytes() throws {
        let first = try Self.build(Self.lesson), second = try Self.build(Self.lesson)
        defer { first.remove(); second.remove() }
        for file in ["race.mp4", "race.gif", "race-frames.pdf", "race-steps.pdf"] {
            #expect(try first.bytes(file) == second.bytes(file), "\(file)")
        }
    }

    @Test("bad values leave no file behind", arguments: [
        "fps: 0", "duration: -1", "of: loss", "steps_per_frame: 1, duration: 2",
    ])
    func badValuesWriteNothing(change: String) throws {
        let yaml = Self.lesson.replacingOccurrences(of: "fps: 10, steps_per_frame: 1", with: change.hasPrefix("of") ? "fps: 10" : change)
            .replacingOccurrences(of: "of: overview", with: change.hasPrefix("of") ? change : "of: overview")
        let directory = NSTemporaryDirectory() + "descent-animation-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try yaml.write(toFile: "\(directory)/race.yaml", atomically: true, encoding: .utf8)
        #expect(throws: BuildFailure.self) {
            _ = try LessonBuilder(options: BuildOptions(outputDirectory: directory + "/out")).build(path: "\(directory)/race.yaml")
        }
        #expect(!FileManager.default.fileExists(atPath: directory + "/out"))
    }
}

import DescentLesson
import DescentRender
import Foundation
import Testing
@testable import DescentPublish

@Suite struct GalleryTests {
    static let lessons = [
        GalleryLesson(name: "ravine", title: "Ravines & valleys", goal: "See <why> SGD zig-zags.", figures: [
            GalleryFigure(name: "overview", source: "ravine/overview.svg", caption: "SGD bounces."),
            GalleryFigure(name: "loss", source: "ravine/loss.svg"),
        ]),
        GalleryLesson(name: "bowl", title: "Step size", figures: [
            GalleryFigure(name: "paths", source: "bowl/my paths.svg", caption: "Four rates."),
        ]),
    ]

    @Test func pageHasNavigationSectionsFiguresAndCaptions() {
        let html = Gallery.html(lessons: Self.lessons)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<li><a href=\"#ravine\"><span class=\"n\">A</span> Ravines &amp; valleys</a></li>"))
        #expect(html.contains("<li><a href=\"#bowl\"><span class=\"n\">B</span> Step size</a></li>"))
        #expect(html.contains("<section id=\"ravine\">"))
        #expect(html.contains("<strong>Goal.</strong> See &lt;why&gt; SGD zig-zags."))
        #expect(html.contains("<img src=\"ravine/overview.svg\""))
        #expect(html.contains("<img src=\"bowl/my%20paths.svg\""))
        #expect(html.contains("<figcaption><strong>Figure A.1</strong> SGD bounces.</figcaption>"))
        #expect(html.contains("<figcaption><strong>Figure A.2</strong></figcaption>"))
        #expect(html.contains("<figcaption><strong>Figure B.1</strong> Four rates.</figcaption>"))
    }

    @Test func pageNeedsNothingFromTheNetwork() {
        let html = Gallery.html(lessons: Self.lessons, strings: .korean)
        #expect(!html.contains("http://") && !html.contains("https://") && !html.contains("//cdn"))
        #expect(!html.contains("<link") && !html.contains("<script"))
        #expect(html.contains("<html lang=\"ko\">"))
        #expect(html.contains("그림 B.1"))
    }

    /// Writes the gallery's SVGs (all but `missing`) and the page into a fresh folder.
    static func writeGallery(missing: Set<String> = []) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("descent-gallery-\(UUID().uuidString)").path
        let painter = ScenePainter()
        for figure in lessons.flatMap(\.figures) where !missing.contains(figure.source) {
            try painter.write(Fixtures.slide(), to: "\(directory)/\(figure.source)", format: .svg)
        }
        try Gallery.write(lessons: lessons, to: "\(directory)/index.html")
        return directory
    }

    /// The path of `chromium` on PATH, or nil.
    static var chromium: String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        return path.split(separator: ":").map { "\($0)/chromium" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Loads a copy of the page in headless Chromium with a script that, once everything has
    /// loaded, writes "loaded N of M" (images with a natural width over all images) into the body,
    /// and returns the dumped DOM.
    static func loadInChromium(_ directory: String, chromium: String) throws -> String {
        let page = try String(contentsOfFile: "\(directory)/index.html", encoding: .utf8)
        let probe = """
        <script>window.addEventListener('load', () => { const all = Array.from(document.images); \
        const ok = all.filter(i => i.complete && i.naturalWidth > 0).length; \
        document.body.setAttribute('data-probe', 'loaded ' + ok + ' of ' + all.length); });</script>
        """
        let probed = page.replacingOccurrences(of: "loading=\"lazy\"", with: "").replacingOccurrences(of: "</body>", with: probe + "</body>")
        try probed.write(toFile: "\(directory)/probe.html", atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files",
            "--user-data-dir=\(directory)/.profile", "--virtual-time-budget=10000", "--dump-dom", "file://\(directory)/probe.html",
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test func everyFigureLoadsInABrowser() throws {
        guard let chromium = Self.chromium else {
            print("GalleryTests: skipped the browser check: no chromium on PATH (apt-get install -y chromium)")
            return
        }
        let directory = try Self.writeGallery()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let dom = try Self.loadInChromium(directory, chromium: chromium)
        #expect(dom.contains("data-probe=\"loaded 3 of 3\""), "Chromium's DOM: \(dom.prefix(400))")
    }

    @Test func theBrowserCheckNoticesAMissingFigure() throws {
        guard let chromium = Self.chromium else {
            print("GalleryTests: skipped the browser check: no chromium on PATH (apt-get install -y chromium)")
            return
        }
        let directory = try Self.writeGallery(missing: ["ravine/loss.svg"])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let dom = try Self.loadInChromium(directory, chromium: chromium)
        #expect(dom.contains("data-probe=\"loaded 2 of 3\""), "Chromium's DOM: \(dom.prefix(400))")
    }
}

@Suite struct GalleryMarkupTests {
    @Test func lessonMarkupBecomesHTMLAndCourseLessonsKeepTheirNumbers() {
        let html = Gallery.html(lessons: [
            GalleryLesson(name: "14-cosine-restarts", title: "Cosine, T<sub>max</sub>", goal: "η<sub>0</sub> = 0.3", figures: [
                GalleryFigure(name: "paths", source: "14-cosine-restarts/paths.svg", caption: "Restart every T<sub>0</sub> = 50 epochs."),
            ]),
        ])
        #expect(html.contains("<h2>Cosine, T<sub>max</sub></h2>"))
        #expect(html.contains("<strong>Goal.</strong> η<sub>0</sub> = 0.3"))
        #expect(html.contains("<figcaption><strong>Figure 14.1</strong> Restart every T<sub>0</sub> = 50 epochs.</figcaption>"))
        #expect(html.contains("alt=\"Restart every T0 = 50 epochs.\""))
        #expect(html.contains("<p class=\"kicker\">Lesson 14</p>"))
    }
}

@Suite struct GalleryLanguageTests {
    @Test func thePageSpeaksTheCoursesLanguageNotTheFirstLessons() {
        // Asked for: that language. A course all in Korean: Korean. Mixed, the first lesson in
        // Korean: English (the first lesson's language no longer decides).
        #expect(GalleryWriter.pageLanguage(requested: "ko", lessons: ["en", "en"]) == "ko")
        #expect(GalleryWriter.pageLanguage(requested: nil, lessons: ["ko", "ko"]) == "ko")
        #expect(GalleryWriter.pageLanguage(requested: nil, lessons: ["ko", "en"]) == "en")
        #expect(GalleryWriter.pageLanguage(requested: nil, lessons: []) == "en")
    }

    /// An animation written as MP4 plays over its still; a build without animations
    /// (`--no-animations`) wrote no MP4, so the gallery shows the still alone.
    @Test func anAnimationIsAVideoUnlessTheBuildWroteNone() throws {
        let path = NSTemporaryDirectory() + "descent-gallery-video-\(UUID().uuidString).yaml"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try """
            title: Race
            surface: bowl
            steps: 10
            runs: [{optimizer: sgd, lr: 0.1}]
            figures:
              - {kind: contour, name: paths}
              - {kind: animation, name: race, of: paths}
            output: {formats: [png, mp4]}
            """.write(toFile: path, atomically: true, encoding: .utf8)
        let lesson = try LessonLoader().load(path: path)
        let videos = GalleryLesson(lesson: lesson, language: "en").figures.map { $0.video?.source }
        #expect(videos.contains("\(lesson.name)/race.mp4"))
        #expect(GalleryLesson(lesson: lesson, language: "en", videos: false).figures.allSatisfy { $0.video == nil })
    }
}

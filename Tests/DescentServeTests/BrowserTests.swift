import DescentPipeline
import Foundation
import Testing
@testable import DescentServe

/// The studio in a real browser (headless Chromium through its DevTools protocol): load a
/// lesson, move a slider, click a new start point on the map, and check each figure the page
/// shows against `descent build` of the YAML it would copy; then save an edit of the lesson and
/// see it reach the page without a reload. Skipped, visibly, where Chromium is not installed.
@Suite(
    "Studio in a browser", .serialized,
    .enabled(if: DevToolsPipe.chromium != nil, "needs Debian's chromium (.ci/run installs it)"),
    // About 10 s alone; minutes when the whole suite runs beside it on 2 cores (241 s once).
    .timeLimit(.minutes(5))
)
struct BrowserTests {
    /// Lesson 05 without its claims, which many slider settings break (`descent build` refuses
    /// a lesson whose claims fail, and this test builds whatever the slider chose).
    static func lessonText() throws -> String {
        let text = try String(contentsOfFile: StudioServerTests.lessons + "/05-momentum.yaml", encoding: .utf8)
        guard let claims = text.range(of: "\nclaims:\n"), let controls = text.range(of: "\ncontrols:\n") else { return text }
        return text.replacingCharacters(in: claims.lowerBound..<controls.lowerBound, with: "")
    }

    /// The figure bytes the page holds for `paths`, read back from the page.
    static func pageBytes(_ browser: DevToolsPipe, _ session: String) async throws -> [UInt8] {
        let base64 = try await browser.evaluate("""
            (() => { const b = window.studio.bytes.paths; let s = '';
              for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode.apply(null, b.subarray(i, i + 8192));
              return btoa(s); })()
            """, session: session) as? String ?? ""
        return Array(Data(base64Encoded: base64) ?? Data())
    }

    @Test func sliderClickAndEditReachThePage() async throws {
        let folder = try StudioServerTests.folder(["05-momentum.yaml": try Self.lessonText()])
        let studio = Studio(options: StudioOptions(port: 0, root: folder, pollInterval: .milliseconds(50)))
        let watcher = Task.detached {
            while !Task.isCancelled {
                try? await Task.sleep(for: .milliseconds(50))
                studio.library.refresh()
            }
        }
        defer { watcher.cancel() }
        // The server and the steering on threads of their own: beside the whole suite, Swift's
        // shared pool is busy for minutes and the page's requests would wait (timed out once).
        try await withTaskExecutorPreference(OwnThreads()) {
            try await LiveStudio.serve(studio) { client in
                let port = client.port
                let browser = try DevToolsPipe()
                do {
                    try await Self.steer(browser, port: port, studio: studio, folder: folder)
                } catch {
                    await browser.close()
                    throw error
                }
                await browser.close()
            }
        }
    }

    /// The lecturer's session: load, slide, click, save an edit, save a broken one.
    static func steer(_ browser: DevToolsPipe, port: Int, studio: Studio, folder: String) async throws {
        let shots = ProcessInfo.processInfo.environment["DESCENT_SCREENSHOTS"]
        let session = try await browser.open("http://127.0.0.1:\(port)/lesson/05-momentum")
        try await browser.wait(for: "window.studio && window.studio.loaded.paths === '#0'", session: session)
        let initial = try await Self.pageBytes(browser, session)
        #expect(initial == (try StudioServerTests.built(try Self.lessonText(), name: "05-momentum", figure: "paths")))
        if let shots { try await browser.screenshot(session: session).write(to: URL(fileURLWithPath: "\(shots)/studio-05.png")) }

        // Move the momentum slider to the middle (0.495 on 0...0.99).
        try await browser.evaluate("""
            (() => { const s = document.querySelector('input[data-control="runs.momentum.momentum"]');
              s.value = 500; s.dispatchEvent(new Event('input')); return true; })()
            """, session: session)
        try await browser.wait(for: "window.studio.loaded.paths === 'runs.momentum.momentum=0.495#0'", session: session)
        #expect(try await browser.evaluate("location.search", session: session) as? String == "?runs.momentum.momentum=0.495")
        let slid = try await Self.pageBytes(browser, session)
        #expect(slid != initial)
        let slidYAML = String(decoding: studio.yaml("05-momentum", query: [("runs.momentum.momentum", "0.495")]).body, as: UTF8.self)
        #expect(slid == (try StudioServerTests.built(slidYAML, name: "05-momentum", figure: "paths")))

        // Click the map a quarter of the way across, three quarters up: a real mouse click.
        try await browser.wait(for: "document.getElementById('fig-paths').classList.contains('clickable')", session: session)
        let point = try await browser.evaluate("""
            (async () => { const r = document.getElementById('fig-paths').getBoundingClientRect();
              const f = await (await fetch('/api/05-momentum/frame/paths')).json();
              return [r.left + r.width * (f.left + 0.25 * f.width), r.top + r.height * (f.top + 0.25 * f.height)]; })()
            """, session: session) as? [Double] ?? []
        try #require(point.count == 2)
        try await browser.click(x: point[0], y: point[1], session: session)
        try await browser.wait(for: "window.studio.loaded.paths.includes('start=')", session: session)
        let search = try #require(try await browser.evaluate("location.search", session: session) as? String)
        let query = StudioServerTests.pairs(String(search.dropFirst()))
        let start = try #require(query.first { $0.0 == "start" }?.1.split(separator: ",").compactMap { Double($0) })
        // A quarter across x -3...1 is -2; three quarters up y -1.25...1.25 is 0.625 (to 3 digits, within a pixel).
        #expect(abs(start[0] + 2) < 0.02 && abs(start[1] - 0.625) < 0.02, "\(start)")
        let clicked = try await Self.pageBytes(browser, session)
        let clickedYAML = String(decoding: studio.yaml("05-momentum", query: query).body, as: UTF8.self)
        #expect(clicked != slid)
        #expect(clicked == (try StudioServerTests.built(clickedYAML, name: "05-momentum", figure: "paths")))
        if let shots { try await browser.screenshot(session: session).write(to: URL(fileURLWithPath: "\(shots)/studio-05-steered.png")) }

        // Save an edit of the lesson: the page follows without a reload, keeping the controls.
        // (How fast is scripts/serve-benchmark's business, in release; this debug build shares
        // the machine with other tests, so it only waits.)
        let edited = try Self.lessonText().replacingOccurrences(of: "\nsteps: 80\n", with: "\nsteps: 30\n")
        try edited.write(toFile: "\(folder)/05-momentum.yaml", atomically: true, encoding: .utf8)
        try await browser.wait(for: "window.studio.loaded.paths === '\(search.dropFirst())#1'", session: session)
        let editedYAML = String(decoding: studio.yaml("05-momentum", query: query).body, as: UTF8.self)
        #expect(editedYAML.contains("\nsteps: 30\n"))
        #expect(try await Self.pageBytes(browser, session) == (try StudioServerTests.built(editedYAML, name: "05-momentum", figure: "paths")))

        // A broken save shows the located errors and keeps the last good figure.
        try edited.replacingOccurrences(of: "optimizer: momentum", with: "optimizer: momentun").write(toFile: "\(folder)/05-momentum.yaml", atomically: true, encoding: .utf8)
        try await browser.wait(for: "!document.getElementById('errors').hidden", session: session)
        let errors = try await browser.evaluate("document.getElementById('errors').textContent", session: session) as? String ?? ""
        #expect(errors.contains("05-momentum.yaml:") && errors.contains("unknown optimizer 'momentun'"), "\(errors)")
        #expect(try await browser.evaluate("document.getElementById('fig-paths').src.startsWith('blob:')", session: session) as? Bool == true)
        if let shots { try await browser.screenshot(session: session).write(to: URL(fileURLWithPath: "\(shots)/studio-05-error.png")) }
    }
}

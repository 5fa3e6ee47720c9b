import DescentLesson
import DescentPipeline
import Foundation
import HTTPTypes
import NIOCore
import Testing
@testable import DescentServe

/// The studio's routes on a live server on a free loopback port (`LiveStudio`): every route,
/// every refusal, and the load test.
@Suite("Studio server", .serialized)
struct StudioServerTests {
    /// The repository's `Lessons/` folder.
    static let lessons = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Lessons").path

    static func studio(_ root: String = lessons, timeLimit: Duration = .seconds(30)) -> Studio {
        Studio(options: StudioOptions(port: 0, root: root, renderTimeLimit: timeLimit))
    }

    static func text(_ response: LiveResponse) -> String { String(buffer: response.body) }

    /// The pairs of a query string, percent-decoded.
    static func pairs(_ query: String) -> [(String, String)] {
        query.split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1).map { String($0).removingPercentEncoding ?? String($0) }
            return (parts[0], parts.count > 1 ? parts[1] : "")
        }
    }

    /// The bytes `descent build` writes for `figure` of `yaml` saved as `name.yaml`: the frozen
    /// lesson built into a fresh folder, SVG only.
    static func built(_ yaml: String, name: String, figure: String) throws -> [UInt8] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("studio-build-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = "\(folder)/\(name).yaml"
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        _ = try LessonBuilder(options: BuildOptions(outputDirectory: "\(folder)/out", formats: [.svg])).build(path: path)
        return Array(try Data(contentsOf: URL(fileURLWithPath: "\(folder)/out/\(name)/\(figure).svg")))
    }

    /// A temporary lesson folder with `files` (name -> text).
    static func folder(_ files: [String: String]) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("studio-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(toFile: "\(folder)/\(name)", atomically: true, encoding: .utf8) }
        return folder
    }

    /// The pages: the course lists every lesson, a lesson page carries its name, the state is
    /// the lesson's controls with the file's values.
    @Test func pagesAndState() async throws {
        let served = Self.studio()
        try await LiveStudio.serve(served) { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok)
                #expect(Self.text(response).contains("href=\"/lesson/05-momentum\""))
                #expect(!Self.text(response).contains("http://") && !Self.text(response).contains("https://"))
            }
            try await client.execute(uri: "/lesson/05-momentum", method: .get) { response in
                #expect(response.status == .ok)
                #expect(Self.text(response).contains("data-lesson=\"05-momentum\""))
                #expect(!Self.text(response).contains("src=\"http"))
            }
            try await client.execute(uri: "/api/05-momentum/state", method: .get) { response in
                #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                #expect(Self.text(response).contains(#"{"input":"slider","integer":false,"label":"momentum ρ","max":0.99,"min":0,"name":"runs.momentum.momentum","scale":"linear","value":[0.9]}"#))
            }
            try await client.execute(uri: "/lesson/no-such", method: .get) { #expect($0.status == .notFound) }
            try await client.execute(uri: "/api/no-such/state", method: .get) { #expect($0.status == .notFound) }
            try await client.execute(uri: "/events/no-such", method: .get) { #expect($0.status == .notFound) }
            try await client.execute(uri: "/nothing/here", method: .get) { #expect($0.status == .notFound) }
        }
    }

    /// The served figure for some control values is byte for byte what `descent build` writes
    /// from "copy as YAML" of the same values.
    @Test func servedFigureEqualsBuildOfCopiedYAML() async throws {
        let served = Self.studio()
        let query = "runs.momentum.lr=0.006&start=-2.4,0.8"
        try await LiveStudio.serve(served) { client in
            let yaml = try await client.execute(uri: "/yaml/05-momentum?\(query)", method: .get) { Self.text($0) }
            #expect(yaml.contains("{optimizer: momentum, lr: 0.006, momentum: 0.9,"))
            #expect(yaml.contains("\nstart: [-2.4, 0.8]\n"))
            #expect(yaml.contains("label: {en: \"Momentum, ρ = 0.9, η = 0.006\", ko: \"모멘텀, ρ = 0.9, η = 0.006\"}"))
            let served = try await client.execute(uri: "/figure/05-momentum/paths.svg?\(query)", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "image/svg+xml")
                return Array(buffer: response.body)
            }
            let unchanged = try await client.execute(uri: "/figure/05-momentum/paths.svg", method: .get) { Array(buffer: $0.body) }
            #expect(served != unchanged)
            #expect(served == (try Self.built(yaml, name: "05-momentum", figure: "paths")))
        }
    }

    /// Values that break the lesson's claims still draw; the broken claims come along, one a
    /// line by their line in the lesson, percent-encoded (the header is ASCII, `ρ` is not).
    @Test func brokenClaimsComeWithTheFigure() async throws {
        let served = Self.studio()
        try await LiveStudio.serve(served) { client in
            try await client.execute(uri: "/figure/05-momentum/paths.svg?runs.momentum.momentum=0.495&start=-0.206,0.751", method: .get) { response in
                #expect(response.status == .ok)
                let header = try #require(response.headers[.init("X-Descent-Failed-Claims")!])
                #expect(header.allSatisfy { $0.isASCII })
                let lines = (header.removingPercentEncoding ?? "").split(separator: "\n")
                #expect(lines.count == 4, "\(lines)")
                #expect(lines.first?.hasPrefix("line 47: run 'momentum' has a smaller final distance to a minimum than run 'sgd'") == true, "\(lines)")
            }
            try await client.execute(uri: "/figure/05-momentum/paths.svg", method: .get) { response in
                #expect(response.headers[.init("X-Descent-Failed-Claims")!] == nil)
            }
        }
    }

    /// Unknown controls, malformed numbers and values outside the declared range are 400 with a
    /// message; unknown figures and formats are 404.
    @Test func badControlValuesAre400() async throws {
        let served = Self.studio()
        let cases: [(String, String)] = [
            ("runs.momentum.momentu=0.5", "unknown control 'runs.momentum.momentu'; did you mean 'runs.momentum.momentum'?"),
            ("runs.momentum.momentum=abc", "'runs.momentum.momentum' must be a number, not 'abc'"),
            ("runs.momentum.momentum=1e999", "'runs.momentum.momentum' must be a finite number"),
            ("runs.momentum.momentum=nan", "'runs.momentum.momentum' must be a finite number"),
            ("runs.momentum.momentum=0.995", "'runs.momentum.momentum' must be in 0.0...0.99, not 0.995"),
            ("runs.sgd.lr=-1", "'runs.sgd.lr' must be in 0.001...0.03, not -1.0"),
            ("start=5,0", "'start' must lie in x -3.0...1.0, y -1.25...1.25, not (5.0, 0.0)"),
            ("start=1", "'start' takes a point x,y, not 1 numbers"),
        ]
        try await LiveStudio.serve(served) { client in
            for (query, message) in cases {
                for route in ["/figure/05-momentum/paths.svg", "/yaml/05-momentum"] {
                    try await client.execute(uri: "\(route)?\(query)", method: .get) { response in
                        #expect(response.status == .badRequest, "\(route)?\(query)")
                        #expect(Self.text(response) == message + "\n")
                    }
                }
            }
            try await client.execute(uri: "/figure/05-momentum/nothing.svg", method: .get) { #expect($0.status == .notFound) }
            try await client.execute(uri: "/figure/05-momentum/paths.pdf", method: .get) { #expect($0.status == .notFound) }
            try await client.execute(uri: "/figure/05-momentum/overview.gif", method: .get) { #expect($0.status == .notFound) }
        }
    }

    /// Only lesson files under the served folder are served: `..`, encoded `%2e%2e`, absolute
    /// paths and symlinks out of the folder are 404.
    @Test func pathTraversalIs404() async throws {
        let outside = try Self.folder(["secret.yaml": "title: secret\n"])
        let root = try Self.folder(["a.yaml": "title: A\nsurface: bowl\nruns: [{optimizer: sgd, lr: 0.1}]\n"])
        try FileManager.default.createSymbolicLink(atPath: "\(root)/out.yaml", withDestinationPath: "\(outside)/secret.yaml")
        try FileManager.default.createSymbolicLink(atPath: "\(root)/sub", withDestinationPath: outside)
        let served = Self.studio(root)
        try await LiveStudio.serve(served) { client in
            try await client.execute(uri: "/source/a.yaml", method: .get) { response in
                #expect(response.status == .ok)
                #expect(Self.text(response).hasPrefix("title: A"))
            }
            let attacks = [
                "/source/../\((outside as NSString).lastPathComponent)/secret.yaml", "/source/%2e%2e/%2e%2e/etc/passwd",
                "/source/%2E%2E%2Fsecret.yaml", "/source/%2Fetc%2Fpasswd", "/source//etc/passwd", "/source/out.yaml",
                "/source/sub/secret.yaml", "/source/a.yaml%00.yaml", "/source/./a.yaml", "/source/a.txt",
            ]
            for uri in attacks {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .notFound, "\(uri)")
                    #expect(!Self.text(response).contains("secret"))
                }
            }
        }
    }

    /// A body over the limit is 413 before any route runs; a render over the time limit is
    /// 503 and the studio still answers.
    @Test func limits() async throws {
        let served = Self.studio()
        try await LiveStudio.serve(served) { client in
            let body = ByteBuffer(repeating: UInt8(ascii: "x"), count: 20_000)
            try await client.execute(uri: "/", method: .post, headers: [.contentLength: "20000"], body: body) { response in
                #expect(response.status == .contentTooLarge)
            }
        }
        let slowStudio = Self.studio(timeLimit: .milliseconds(1))
        try await LiveStudio.serve(slowStudio) { client in
            try await client.execute(uri: "/figure/05-momentum/paths.svg", method: .get) { response in
                #expect(response.status == .serviceUnavailable)
                #expect(Self.text(response).hasPrefix("the render took longer than"))
            }
            try await client.execute(uri: "/api/05-momentum/state", method: .get) { #expect($0.status == .ok) }
        }
    }

    /// Headers over the limit are refused by the HTTP decoder; the live server keeps answering.
    @Test func oversizedHeadersAreRefused() async throws {
        let served = Self.studio()
        try await LiveStudio.serve(served) { client in
            let refused: Bool
            do {
                let status = try await client.execute(uri: "/", method: .get, headers: [.init("X-Big")!: String(repeating: "a", count: 40_000)]) { $0.status }
                refused = status.code >= 400
            } catch {
                refused = true
            }
            #expect(refused)
            // The refused connection is closed; a new one is answered.
            try await client.execute(uri: "/api/01-learning-rate/state", method: .get) { response in
                #expect(response.status == .ok)
                #expect(Self.text(response).contains("runs.good.lr"))
            }
        }
    }

    /// Requests of one client for one figure: a request that a newer one overtook before its
    /// render started is dropped (409); the newest is always rendered.
    @Test func staleRequestsAreDropped() async throws {
        let latest = LatestRequests()
        let first = latest.begin("c|l|f"), second = latest.begin("c|l|f"), other = latest.begin("d|l|f")
        #expect(!latest.isLatest("c|l|f", first))
        #expect(latest.isLatest("c|l|f", second))
        #expect(latest.isLatest("d|l|f", other))

        let studio = Self.studio()
        let values = (1...6).map { 0.1 + 0.1 * Double($0) }
        let replies = await withTaskGroup(of: (Int, StudioReply).self) { group in
            for (index, value) in values.enumerated() {
                group.addTask {
                    try? await Task.sleep(for: .milliseconds(5 * index))
                    return (index, await studio.figure("05-momentum", file: "paths.svg", query: [("runs.momentum.momentum", "\(value)"), ("client", "one")]))
                }
            }
            var all: [Int: StudioReply] = [:]
            for await (index, reply) in group { all[index] = reply }
            return all
        }
        #expect(replies[values.count - 1]?.status == 200)
        #expect(replies.values.allSatisfy { [200, 409].contains($0.status) })
    }

    /// A saved edit is reread (only that lesson), errors replace the figure on the page while
    /// the last good figure is still served, and listeners hear of it.
    @Test func editsAreFollowed() async throws {
        let good = "title: A\nsurface: bowl\nsteps: 20\nruns: [{optimizer: sgd, lr: 0.1}]\ncontrols: [{set: steps, min: 5, max: 50}]\n"
        let root = try Self.folder(["a.yaml": good, "b.yaml": good])
        let studio = Self.studio(root)
        let changes = studio.library.changes()
        #expect(studio.library.refresh() == [])
        let before = await studio.figure("a", file: "contour.svg", query: [])
        try good.replacingOccurrences(of: "steps: 20", with: "steps: 10").write(toFile: "\(root)/a.yaml", atomically: true, encoding: .utf8)
        #expect(studio.library.refresh() == ["a"])
        var iterator = changes.makeAsyncIterator()
        #expect(await iterator.next() == "a")
        #expect(studio.library.entry("a")?.version == 1)
        #expect(studio.library.entry("b")?.version == 0)
        let after = await studio.figure("a", file: "contour.svg", query: [])
        #expect(after.status == 200 && after.body != before.body)

        try good.replacingOccurrences(of: "optimizer: sgd", with: "optimizer: sdg").write(toFile: "\(root)/a.yaml", atomically: true, encoding: .utf8)
        #expect(studio.library.refresh() == ["a"])
        let entry = try #require(studio.library.entry("a"))
        #expect(entry.errors.first?.hasPrefix("\(root)/a.yaml:4:20: error: unknown optimizer 'sdg'") == true)
        let kept = await studio.figure("a", file: "contour.svg", query: [])
        #expect(kept.body == after.body)
    }

    /// Work that runs until the test opens the gate, counting how many are waiting.
    final class Gate: @unchecked Sendable {
        private let condition = NSCondition()
        private var isOpen = false
        private var count = 0
        var waiting: Int { condition.withLock { count } }
        func wait() {
            condition.withLock {
                count += 1
                while !isOpen { condition.wait() }
                count -= 1
            }
        }
        func open() { condition.withLock { isOpen = true; condition.broadcast() } }
    }

    /// A slow render never holds up a fast one: while three renders (more than the machine's
    /// two cores, the width of Swift's and Dispatch's shared thread pools) are held running, a figure
    /// request still completes, and the held ones are still running when it does. No absolute
    /// times: the property holds however loaded the machine is.
    @Test(.timeLimit(.minutes(2))) func slowRenderDoesNotBlockOthers() async throws {
        let fast = "title: F\nsurface: bowl\nsteps: 10\nruns: [{optimizer: sgd, lr: 0.1}]\nfigures: [{kind: loss, name: loss}]\n"
        let studio = Self.studio(try Self.folder(["fast.yaml": fast]))
        let gate = Gate(), held = 3
        let slow = Task {
            await withTaskGroup(of: Bool.self) { group in
                for _ in 0..<held {
                    group.addTask {
                        if case .done(let value) = await studio.workers.run({ _ in gate.wait(); return true }) { return value }
                        return false
                    }
                }
                var finished: [Bool] = []
                for await value in group { finished.append(value) }
                return finished
            }
        }
        while gate.waiting < held { try await Task.sleep(for: .milliseconds(10)) }
        let reply = await studio.figure("fast", file: "loss.svg", query: [])
        #expect(reply.status == 200, "\(String(decoding: reply.body, as: UTF8.self))")
        #expect(gate.waiting == held)
        gate.open()
        #expect(await slow.value == Array(repeating: true, count: held))
    }

    /// 200 mixed requests from 8 concurrent clients against a live server: every answer is the
    /// right one (figures compared with the bytes of a quiet request), and it still answers.
    @Test func twoHundredMixedRequestsFromEightClients() async throws {
        let served = Self.studio()
        try await LiveStudio.serve(served) { client in
            let rates = ["0.002", "0.005", "0.01", "0.02"]
            var expected: [String: [UInt8]] = [:]
            for rate in rates {
                expected[rate] = try await client.execute(uri: "/figure/05-momentum/paths.svg?runs.momentum.lr=\(rate)", method: .get) { Array(buffer: $0.body) }
            }
            let yaml = try await client.execute(uri: "/yaml/01-learning-rate?runs.good.lr=0.5", method: .get) { Self.text($0) }
            let expectedFigures = expected
            let failures = try await withThrowingTaskGroup(of: [String].self) { group in
                for worker in 0..<8 {
                    group.addTask {
                        var wrong: [String] = []
                        for index in 0..<25 {
                            let n = worker * 25 + index
                            switch n % 5 {
                            case 0:
                                let rate = rates[n % rates.count]
                                let body = try await client.execute(uri: "/figure/05-momentum/paths.svg?runs.momentum.lr=\(rate)", method: .get) { ($0.status, Array(buffer: $0.body)) }
                                if body.0 != .ok || body.1 != expectedFigures[rate] { wrong.append("figure \(rate): \(body.0)") }
                            case 1:
                                let status = try await client.execute(uri: "/api/0\(1 + n % 2 * 4)-\(n % 2 == 0 ? "learning-rate" : "momentum")/state", method: .get) { $0.status }
                                if status != .ok { wrong.append("state \(status)") }
                            case 2:
                                let text = try await client.execute(uri: "/yaml/01-learning-rate?runs.good.lr=0.5", method: .get) { Self.text($0) }
                                if text != yaml { wrong.append("yaml") }
                            case 3:
                                let status = try await client.execute(uri: "/figure/05-momentum/paths.svg?runs.momentum.lr=9", method: .get) { $0.status }
                                if status != .badRequest { wrong.append("bad value \(status)") }
                            default:
                                let status = try await client.execute(uri: "/source/%2e%2e/Package.swift", method: .get) { $0.status }
                                if status != .notFound { wrong.append("traversal \(status)") }
                            }
                        }
                        return wrong
                    }
                }
                var all: [String] = []
                for try await wrong in group { all += wrong }
                return all
            }
            #expect(failures == [])
            try await client.execute(uri: "/", method: .get) { #expect($0.status == .ok) }
        }
    }
}

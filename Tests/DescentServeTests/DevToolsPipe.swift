import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Headless Chromium driven through its DevTools protocol over `--remote-debugging-pipe`: JSON
/// commands written to the browser's fd 3, answers and events read from its fd 4, each message
/// ending in a NUL byte. No WebSocket, no extra package.
///
/// Every call is `async` and does its blocking reads on a queue of its own, never on Swift's
/// shared pool, which the server under test needs; every wait has a time limit. `close()` asks
/// the browser to quit and kills its process group if it has not within a few seconds.
final class DevToolsPipe: @unchecked Sendable {
    /// Debian's browser, where `.ci/run` installs it.
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }

    struct Failure: Error, CustomStringConvertible { var description: String }

    private let pid: pid_t
    private let input: Int32
    private let output: Int32
    private var nextID = 0
    private var buffer: [UInt8] = []
    private let profile: String
    private let queue = DispatchQueue(label: "devtools-pipe")
    private var closed = false

    init() throws {
        guard let chromium = Self.chromium else { throw Failure(description: "no chromium") }
        signal(SIGPIPE, SIG_IGN)   // a browser that died fails the write instead of killing the tests
        profile = FileManager.default.temporaryDirectory.appendingPathComponent("studio-chromium-\(UUID().uuidString)").path
        var toBrowser: [Int32] = [0, 0], fromBrowser: [Int32] = [0, 0]
        guard pipe(&toBrowser) == 0, pipe(&fromBrowser) == 0 else { throw Failure(description: "pipe failed") }
        // The browser and its helpers in a process group of their own, so `close()` can end them all.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toBrowser[0], 3)
        posix_spawn_file_actions_adddup2(&actions, fromBrowser[1], 4)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let arguments = [
            chromium, "--headless", "--remote-debugging-pipe", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-dev-shm-usage", "--user-data-dir=\(profile)", "--window-size=1400,1000", "about:blank",
        ]
        var argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var child: pid_t = 0
        let status = posix_spawn(&child, chromium, &actions, &attributes, &argv, environ)
        Glibc.close(toBrowser[0])
        Glibc.close(fromBrowser[1])
        guard status == 0 else { throw Failure(description: "posix_spawn: \(status)") }
        pid = child
        input = toBrowser[1]
        output = fromBrowser[0]
    }

    deinit { end() }

    /// Quits the browser: `Browser.close`, then up to 5 s for it to exit, then SIGKILL to its
    /// process group; closes the pipe and removes the profile.
    func close() async {
        if (try? await send("Browser.close", timeout: 5)) != nil {
            for _ in 0..<100 where !exited() { try? await Task.sleep(for: .milliseconds(50)) }
        }
        end()
    }

    private func exited() -> Bool {
        var status: Int32 = 0
        return waitpid(pid, &status, WNOHANG) == pid
    }

    private func end() {
        guard !closed else { return }
        closed = true
        if !exited() {
            kill(-pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        Glibc.close(input)
        Glibc.close(output)
        try? FileManager.default.removeItem(atPath: profile)
    }

    /// A value handed from the pipe's queue back to the test (DevTools answers are JSON).
    private struct Handed<Value>: @unchecked Sendable { var value: Value }

    /// Runs the blocking `body` on the pipe's own queue.
    private func onQueue<Value>(_ body: @escaping @Sendable () throws -> Value) async throws -> Value {
        let handed = try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Handed<Value>, Error>) in
            queue.async { continuation.resume(with: Result { Handed(value: try body()) }) }
        }
        return handed.value
    }

    /// Sends `method` with `params` (in the page session `session` when given) and returns the
    /// answer's `result`, skipping events; throws on an error answer or after `timeout` seconds.
    @discardableResult
    func send(_ method: String, _ params: [String: Any] = [:], session: String? = nil, timeout: Double = 30) async throws -> [String: Any] {
        let call = Handed(value: params)
        return try await onQueue { try self.sendBlocking(method, call.value, session: session, timeout: timeout) }
    }

    private func sendBlocking(_ method: String, _ params: [String: Any], session: String?, timeout: Double) throws -> [String: Any] {
        guard !closed else { throw Failure(description: "the browser is closed") }
        nextID += 1
        var message: [String: Any] = ["id": nextID, "method": method, "params": params]
        if let session { message["sessionId"] = session }
        var bytes = Array(try JSONSerialization.data(withJSONObject: message))
        bytes.append(0)
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { write(input, $0.baseAddress, $0.count) }
            guard n > 0 else { throw Failure(description: "write to chromium failed") }
            written += n
        }
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let answer = try readMessage(until: deadline)
            guard answer["id"] as? Int == nextID else { continue }
            if let error = answer["error"] { throw Failure(description: "\(method): \(error)") }
            return answer["result"] as? [String: Any] ?? [:]
        }
    }

    private func readMessage(until deadline: Date) throws -> [String: Any] {
        while true {
            if let end = buffer.firstIndex(of: 0) {
                let data = Data(buffer[..<end])
                buffer.removeSubrange(...end)
                return (try JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
            }
            let left = Int32(max(0, deadline.timeIntervalSinceNow) * 1000)
            guard left > 0 else { throw Failure(description: "chromium did not answer in time") }
            var poller = pollfd(fd: output, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, left) > 0 else { continue }
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            let n = read(output, &chunk, chunk.count)
            guard n > 0 else { throw Failure(description: "chromium closed the pipe") }
            buffer += chunk[..<n]
        }
    }

    /// A new page at `url`, attached: the session id for its commands.
    func open(_ url: String) async throws -> String {
        let target = try await send("Target.createTarget", ["url": url])
        let attached = try await send("Target.attachToTarget", ["targetId": target["targetId"] as? String ?? "", "flatten": true])
        guard let session = attached["sessionId"] as? String else { throw Failure(description: "no session") }
        return session
    }

    /// The value of the JavaScript `expression` in the page (promises awaited).
    @discardableResult
    func evaluate(_ expression: String, session: String) async throws -> Any? {
        let result = try await send("Runtime.evaluate", ["expression": expression, "returnByValue": true, "awaitPromise": true], session: session)
        if let exception = result["exceptionDetails"] { throw Failure(description: "\(expression): \(exception)") }
        return (result["result"] as? [String: Any])?["value"]
    }

    /// Waits until `expression` is true in the page, up to `timeout` seconds (90: beside the whole
    /// suite on 2 cores, the first load of a page with four debug-build figures took minutes).
    func wait(for expression: String, session: String, timeout: Double = 90) async throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if (try? await evaluate(expression, session: session)) as? Bool == true { return }
            try await Task.sleep(for: .milliseconds(20))
        }
        throw Failure(description: "timed out waiting for \(expression)")
    }

    /// A real mouse click at page coordinates.
    func click(x: Double, y: Double, session: String) async throws {
        for type in ["mousePressed", "mouseReleased"] {
            try await send("Input.dispatchMouseEvent", ["type": type, "x": x, "y": y, "button": "left", "clickCount": 1], session: session)
        }
    }

    /// A PNG screenshot of the page.
    func screenshot(session: String) async throws -> Data {
        let result = try await send("Page.captureScreenshot", ["format": "png"], session: session)
        return Data(base64Encoded: result["data"] as? String ?? "") ?? Data()
    }
}

/// How `descent serve` runs: where it listens, what it serves, and the limits every request
/// stays within.
public struct StudioOptions: Sendable {
    /// The address to bind: loopback unless the lecturer asks for another (`--host 0.0.0.0`
    /// shows the course to the whole room, and to anyone on the network).
    public var host: String
    /// The port; 0 picks a free one.
    public var port: Int
    /// A lesson file or a folder of them; nothing outside it is served.
    public var root: String
    /// The longest a render may take before its request gets 503 (the work itself is bounded
    /// by the lesson budget, so it ends soon after, but the client does not wait for it).
    public var renderTimeLimit: Duration
    /// The most renders running at once; more get 503 at once instead of queueing.
    public var maxRenders: Int
    /// The largest request body accepted (the studio's requests have none).
    public var maxBodyBytes: Int
    /// The largest header block accepted.
    public var maxHeaderBytes: Int
    /// How often lesson files are checked for changes.
    public var pollInterval: Duration

    /// Options with the defaults `descent serve` uses.
    public init(
        host: String = "127.0.0.1", port: Int = 8080, root: String = "Lessons", renderTimeLimit: Duration = .seconds(10),
        maxRenders: Int = 16, maxBodyBytes: Int = 16 * 1024, maxHeaderBytes: Int = 16 * 1024, pollInterval: Duration = .milliseconds(100)
    ) {
        self.host = host
        self.port = port
        self.root = root
        self.renderTimeLimit = renderTimeLimit
        self.maxRenders = maxRenders
        self.maxBodyBytes = maxBodyBytes
        self.maxHeaderBytes = maxHeaderBytes
        self.pollInterval = pollInterval
    }

    /// Whether `host` is a loopback address, reachable only from this machine.
    public var isLoopback: Bool { ["127.0.0.1", "::1", "localhost"].contains(host) || host.hasPrefix("127.") }
}

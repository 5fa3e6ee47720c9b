/// What the studio answers a request with, before it becomes an HTTP response.
public struct StudioReply: Sendable {
    /// The HTTP status code.
    public var status: Int
    /// The `Content-Type`.
    public var contentType: String
    /// The body.
    public var body: [UInt8]
    /// For a figure: how long the server took to make it (sent as `Server-Timing`).
    public var milliseconds: Double?
    /// For a figure: the lesson's claims that these values break, by their line in the lesson
    /// (`line 47: run 'momentum' has ...`; `descent build` of the frozen YAML reports the same).
    public var failedClaims: [String] = []

    /// A reply with a body.
    public init(status: Int = 200, contentType: String, body: [UInt8]) {
        self.status = status
        self.contentType = contentType
        self.body = body
    }

    /// A plain-text reply, such as an error message.
    public static func text(_ status: Int, _ message: String) -> StudioReply {
        StudioReply(status: status, contentType: "text/plain; charset=utf-8", body: Array((message + "\n").utf8))
    }

    /// A reply of HTML.
    public static func html(_ page: String) -> StudioReply {
        StudioReply(contentType: "text/html; charset=utf-8", body: Array(page.utf8))
    }

    /// A reply of JSON.
    public static func json(_ text: String) -> StudioReply {
        StudioReply(contentType: "application/json; charset=utf-8", body: Array(text.utf8))
    }
}

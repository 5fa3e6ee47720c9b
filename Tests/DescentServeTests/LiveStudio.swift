import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import NIOHTTP1
import NIOPosix
import ServiceLifecycle
@testable import DescentServe

/// The studio served on a free loopback port for the length of a test, and a plain HTTP/1.1
/// client for it (SwiftNIO's codec over one connection per request). The request line is sent as
/// written, so `..` and `%2e%2e` reach the server unnormalized, which the traversal test needs and
/// which URL-session clients (curl) do not allow.
///
/// It replaces HummingbirdTesting, whose AsyncHTTPClient dependency compiles BoringSSL, NIOSSL and
/// HTTP/2 into the test build: about three of CI's twenty minutes for a client these tests never
/// use over TLS.
enum LiveStudio {
    /// Serves `studio` while `body` runs, then shuts the server down gracefully.
    static func serve<T: Sendable>(_ studio: Studio, _ body: @Sendable (LiveClient) async throws -> T) async throws -> T {
        let (ports, bound) = AsyncStream.makeStream(of: Int.self)
        let application = StudioServer.application(studio) { port in bound.yield(port) }
        let services = ServiceGroup(configuration: .init(services: [application], logger: Logger(label: "studio-test")))
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await services.run() }
            var iterator = ports.makeAsyncIterator()
            guard let port = await iterator.next() else { throw LiveClient.Failure.notServing }
            let result: Result<T, any Error>
            do { result = .success(try await body(LiveClient(port: port))) } catch { result = .failure(error) }
            await services.triggerGracefulShutdown()
            try await group.waitForAll()
            return try result.get()
        }
    }
}

/// A response read in full: status, header fields and body.
struct LiveResponse: Sendable {
    let status: HTTPResponse.Status
    let headers: HTTPFields
    let body: ByteBuffer
}

/// Requests to the live studio on `port`, one connection each (`Connection: close`).
struct LiveClient: Sendable {
    enum Failure: Error { case notServing, closedBeforeResponse }

    let port: Int

    /// Sends `method uri` with `headers` and `body`, and hands the whole response to `check`.
    func execute<T>(
        uri: String, method: HTTPRequest.Method, headers: HTTPFields = [:], body: ByteBuffer? = nil,
        _ check: (LiveResponse) async throws -> T
    ) async throws -> T {
        try await check(try await response(uri: uri, method: method, headers: headers, body: body))
    }

    private func response(uri: String, method: HTTPRequest.Method, headers: HTTPFields, body: ByteBuffer?) async throws -> LiveResponse {
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connect(host: "127.0.0.1", port: port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHTTPClientHandlers()
                    return try NIOAsyncChannel<HTTPClientResponsePart, HTTPClientRequestPart>(wrappingChannelSynchronously: channel)
                }
            }
        var head = HTTPRequestHead(version: .http1_1, method: HTTPMethod(rawValue: method.rawValue), uri: uri)
        head.headers.add(name: "Host", value: "127.0.0.1:\(port)")
        head.headers.add(name: "Connection", value: "close")
        for field in headers { head.headers.add(name: field.name.rawName, value: field.value) }
        if let body, !head.headers.contains(name: "Content-Length") { head.headers.add(name: "Content-Length", value: "\(body.readableBytes)") }
        let request = head
        return try await channel.executeThenClose { inbound, outbound in
            try await outbound.write(.head(request))
            if let body { try await outbound.write(.body(.byteBuffer(body))) }
            try await outbound.write(.end(nil))
            var status: HTTPResponse.Status?
            var fields = HTTPFields()
            var collected = ByteBuffer()
            for try await part in inbound {
                switch part {
                case .head(let response):
                    status = HTTPResponse.Status(code: Int(response.status.code), reasonPhrase: response.status.reasonPhrase)
                    for (name, value) in response.headers { if let name = HTTPField.Name(name) { fields.append(HTTPField(name: name, value: value)) } }
                case .body(var bytes):
                    collected.writeBuffer(&bytes)
                case .end:
                    guard let status else { throw Failure.closedBeforeResponse }
                    return LiveResponse(status: status, headers: fields, body: collected)
                }
            }
            throw Failure.closedBeforeResponse
        }
    }
}

import DescentPipeline
import Foundation
import Hummingbird
import HummingbirdCore
import NIOCore
import ServiceLifecycle

/// `descent serve`: the studio's routes over HTTP (Hummingbird), and the loop that watches the
/// lesson files.
///
/// Routes: `/` the course, `/lesson/<name>` a live page, `/api/<name>/state` its state (JSON),
/// `/api/<name>/frame/<figure>` where its map is, `/figure/<name>/<figure>.svg|png?<controls>`
/// a figure, `/yaml/<name>?<controls>` the lesson with the values written in, `/events/<name>`
/// server-sent events on each edit, `/source/<file>.yaml` a lesson file. Nothing else is
/// served; anything that would leave the lesson folder is 404.
public enum StudioServer {
    /// The router of `studio`'s routes, with the request-size limits in front of them.
    public static func router(_ studio: Studio) -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: SizeLimit(maxBodyBytes: studio.options.maxBodyBytes))
        router.get("/") { _, _ in response(studio.index()) }
        router.get("/lesson/:name") { _, context in response(studio.page(try context.parameters.require("name"))) }
        router.get("/api/:name/state") { _, context in response(studio.state(try context.parameters.require("name"))) }
        router.get("/api/:name/frame/:figure") { _, context in
            response(await studio.frame(try context.parameters.require("name"), figure: try context.parameters.require("figure")))
        }
        router.get("/figure/:name/:file") { request, context in
            response(await studio.figure(try context.parameters.require("name"), file: try context.parameters.require("file"), query: query(request)))
        }
        router.get("/yaml/:name") { request, context in
            response(studio.yaml(try context.parameters.require("name"), query: query(request)))
        }
        router.get("/events/:name") { _, context in events(studio, lesson: try context.parameters.require("name")) }
        router.get("/source/**") { request, _ in
            let raw = request.uri.path.dropFirst("/source/".count)
            return response(studio.source(String(raw)))
        }
        return router
    }

    /// The application serving `studio` on its host and port (`onRunning` hears the bound port).
    public static func application(_ studio: Studio, onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        let decoder = HTTP1Channel.Configuration.DecoderConfiguration(
            maxHeaderFieldSize: studio.options.maxHeaderBytes, maxHeaderListSize: studio.options.maxHeaderBytes, maxHeaderFieldCount: 100
        )
        return Application(
            router: router(studio),
            server: .http1(configuration: .init(idleTimeout: .seconds(120), httpDecoderConfiguration: decoder)),
            configuration: .init(address: .hostname(studio.options.host, port: studio.options.port), serverName: "descent"),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? studio.options.port) }
        )
    }

    /// Serves `studio` until Ctrl-C (SIGINT) or SIGTERM, polling the lesson files meanwhile.
    public static func run(_ studio: Studio, onRunning: @escaping @Sendable (Int) async -> Void) async throws {
        let watcher = Task.detached {
            while !Task.isCancelled {
                try? await Task.sleep(for: studio.options.pollInterval)
                studio.library.refresh()
            }
        }
        defer { watcher.cancel() }
        try await application(studio, onRunning: onRunning).runService()
    }

    /// The query string's pairs, percent-decoded, in order.
    static func query(_ request: Request) -> [(String, String)] {
        guard let text = request.uri.query, !text.isEmpty else { return [] }
        return text.split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ part: Substring) -> String {
                String(part).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(part)
            }
            return (decode(parts[0]), parts.count > 1 ? decode(parts[1]) : "")
        }
    }

    static func response(_ reply: StudioReply) -> Response {
        var headers: HTTPFields = [.contentType: reply.contentType, .cacheControl: "no-store"]
        if let ms = reply.milliseconds { headers[.init("Server-Timing")!] = "render;dur=\(String(format: "%.1f", ms))" }
        if !reply.failedClaims.isEmpty {
            // One failure a line, percent-encoded: a header is ASCII, the messages are not (ρ, β₁).
            let text = reply.failedClaims.joined(separator: "\n")
            headers[.init("X-Descent-Failed-Claims")!] = text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
        }
        return Response(status: .init(code: reply.status), headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: reply.body)))
    }

    /// Server-sent events: one `data: <version>` line each time the lesson's file changes, until
    /// the server shuts down (a page left open must not keep Ctrl-C waiting).
    static func events(_ studio: Studio, lesson name: String) -> Response {
        guard studio.library.entry(name) != nil else { return response(.text(404, "no lesson '\(name)'")) }
        let changes = studio.library.changes()
        let headers: HTTPFields = [.contentType: "text/event-stream", .cacheControl: "no-store"]
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            try await writer.write(ByteBuffer(string: ": connected\n\n"))
            for await changed in changes.cancelOnGracefulShutdown() where changed == name {
                let version = studio.library.entry(name)?.version ?? 0
                try await writer.write(ByteBuffer(string: "data: \(version)\n\n"))
            }
            try await writer.finish(nil)
        })
    }
}

/// Refuses request bodies over the limit (413) before any route sees them; the studio's own
/// requests have none.
struct SizeLimit: RouterMiddleware {
    typealias Context = BasicRequestContext
    let maxBodyBytes: Int

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > maxBodyBytes {
            return StudioServer.response(.text(413, "request body over \(maxBodyBytes) bytes"))
        }
        if request.headers[.transferEncoding] != nil {
            _ = try await request.body.collect(upTo: maxBodyBytes)
        }
        return try await next(request, context)
    }
}

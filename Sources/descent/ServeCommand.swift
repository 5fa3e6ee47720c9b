import ArgumentParser
import DescentPipeline
import DescentServe
import Foundation

/// `descent serve`: the course as a live site whose figures follow sliders and lesson edits.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve lessons as a live site: sliders re-run the figures, saved edits appear at once.",
        discussion: """
            Binds 127.0.0.1 (this machine only) unless --host is given; --host 0.0.0.0 shows the course to \
            the whole network. Serves only the lessons under LESSON_OR_DIR and their figures. Stop with Ctrl-C.
            """
    )

    @Argument(help: "A lesson file or a folder of lessons (default: Lessons/).")
    var lesson: String = "Lessons"
    @Option(help: "The port (0 picks a free one).")
    var port: Int = 8080
    @Option(help: "The address to bind; the default is reachable from this machine only.")
    var host: String = "127.0.0.1"

    func run() async throws {
        guard FileManager.default.fileExists(atPath: lesson) else {
            throw ValidationError("\(lesson): no such lesson file or folder")
        }
        let options = StudioOptions(host: host, port: port, root: lesson)
        let studio = Studio(options: options)
        let count = studio.library.all.count
        let host = self.host
        try await StudioServer.run(studio) { port in
            let scope = options.isLoopback ? "only this machine can reach it" : "anyone who can reach \(host) can see it"
            let line = "Serving \(count) lesson\(count == 1 ? "" : "s") at http://\(host.contains(":") ? "[\(host)]" : host):\(port)/ (\(scope)); Ctrl-C stops.\n"
            FileHandle.standardOutput.write(Data(line.utf8))
        }
    }
}

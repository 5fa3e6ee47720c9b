import ArgumentParser
import DescentPipeline

/// The `descent` command: renders optimization lessons into figures.
@main
struct Descent: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "descent",
        abstract: "Render optimizer lessons into publication-quality figures."
    )
}

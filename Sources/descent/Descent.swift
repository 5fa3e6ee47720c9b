import ArgumentParser
import DescentPipeline

/// The `descent` command: renders optimization lessons into figures.
@main
struct Descent: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "descent",
        abstract: "Run optimizers over loss surfaces and render lessons into figures.",
        subcommands: [BuildCommand.self, HandoutCommand.self, CheckCommand.self, NewCommand.self, ListCommand.self, TraceCommand.self, ScheduleCommand.self, SchemaCommand.self, ExportCommand.self, ServeCommand.self]
    )
}

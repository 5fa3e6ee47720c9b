import ArgumentParser
import DescentPipeline

/// `descent list`: what a lesson can name.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the surfaces, optimizers, schedules and figure kinds, one line each."
    )

    @Argument(help: "Only this section: surfaces, optimizers, schedules or figures.")
    var section: String?

    func run() throws {
        print(CatalogListing.text(section: section), terminator: "")
    }
}

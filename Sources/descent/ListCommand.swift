import ArgumentParser
import DescentPipeline

/// `descent list`: what a lesson can name.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the surfaces, optimizers, schedules and figure kinds with their parameters, or one in full.",
        discussion: "`descent list optimizers` shows every optimizer with each parameter's default, range and PyTorch name; `descent list adam` shows one entry in full, with its update rule."
    )

    @Argument(help: "A section (surfaces, optimizers, schedules, figures) or one optimizer, schedule or surface (adam, StepLR, rosenbrock).")
    var name: String?

    func run() throws {
        if let text = CatalogListing.text(section: name) {
            print(text, terminator: "")
        } else if let name, let text = CatalogListing.entry(named: name) {
            print(text, terminator: "")
        } else {
            let hint = name.flatMap(CatalogListing.suggestion(for:)).map { "; did you mean '\($0)'?" } ?? ""
            throw ValidationError("'\(name ?? "")' is no section, optimizer, schedule or surface\(hint)")
        }
    }
}

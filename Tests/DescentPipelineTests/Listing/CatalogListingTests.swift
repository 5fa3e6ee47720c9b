import DescentLesson
import DescentNumerics
import Testing
@testable import DescentPipeline

@Suite("descent list: every parameter, and one entry in full")
struct CatalogListingTests {
    /// Every optimizer and schedule, each parameter with its default (or "from the run") and
    /// PyTorch's name, unless PyTorch lacks it.
    @Test func sectionsListEveryParameter() throws {
        for (section, entries) in [("optimizers", Optimizers.catalog.entries.map { ($0.name, $0.parameters, $0.inPyTorch) }),
                                   ("schedules", Schedules.catalog.entries.map { ($0.name, $0.parameters, $0.inPyTorch) })] {
            let text = try #require(CatalogListing.text(section: section))
            let lines = text.split(separator: "\n").map(String.init)
            for (name, parameters, inPyTorch) in entries {
                let start = try #require(lines.firstIndex { $0.hasPrefix("  \(name)  ") }, "\(name) missing")
                let block = lines[(start + 1)...].prefix { $0.hasPrefix("      ") }
                #expect(block.count == parameters.count)
                for spec in parameters {
                    let row = block.first { $0.hasPrefix("      \(spec.name) ") && $0.contains(spec.defaultValue.map { "default \($0)" } ?? "default from the run") }
                    #expect(row != nil, "\(name).\(spec.name) missing")
                    if let row { #expect(row.hasSuffix(inPyTorch && spec.inPyTorch ? "PyTorch: \(spec.name)" : "not in PyTorch")) }
                }
            }
        }
    }

    @Test func methodsPyTorchLacksAreMarked() throws {
        let text = try #require(CatalogListing.text(section: "optimizers"))
        for name in ["lion", "signsgd", "newton"] {
            #expect(text.split(separator: "\n").contains { $0.hasPrefix("  \(name)  ") && $0.hasSuffix("[not in PyTorch]") })
        }
        #expect(!text.split(separator: "\n").contains { $0.hasPrefix("  rprop  ") && $0.hasSuffix("[not in PyTorch]") })
    }

    @Test func oneEntryInFullWithItsRule() throws {
        let adam = try #require(CatalogListing.entry(named: "Adam"))
        #expect(adam.hasPrefix("adam (optimizer)\n"))
        #expect(adam.contains("\nrule:\n") && adam.contains("  step_size = lr / (1 - beta1^t)\n"))
        #expect(adam.contains("  bias_correction: Divide the moments by 1 - beta^t"))
        let step = try #require(CatalogListing.entry(named: "StepLR"))
        #expect(step.hasPrefix("step (schedule)\n") && step.contains("lr_e = lr_{e-1} * gamma   if e % step_size == 0"))
        #expect(try #require(CatalogListing.entry(named: "lion")).contains("\n  not in PyTorch\n"))
        #expect(CatalogListing.entry(named: "adamm") == nil && CatalogListing.suggestion(for: "adamm") == "adam")
    }
}

@Suite("descent list figures and descent new")
struct CatalogKindsListingTests {
    @Test func figuresAreListedFromTheCatalog() {
        let lines = (CatalogListing.text(section: "figures") ?? "").split(separator: "\n").map(String.init).filter { !$0.hasPrefix("      ") }
        #expect(lines.first == "figures:")
        #expect(lines.dropFirst().map { $0.split(separator: " ").first.map(String.init) ?? "" } == FigureKinds.catalog.entries.map(\.name))
        #expect(lines.contains { $0.hasPrefix("  lr-sweep  ") && $0.contains("final loss against learning rate for each learning-rate sweep") })
    }

    @Test func theStarterLessonLoads() throws {
        let lesson = try LessonLoader.parse(yaml: StarterLesson.text(name: "start"), file: "Lessons/start.yaml")
        #expect(lesson.writtenFigures.map(\.name) == ["paths", "lr", "loss", "overview"])
        #expect(lesson.runs.count == 3)
    }
}

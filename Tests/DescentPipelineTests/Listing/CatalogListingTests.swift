import DescentLesson
import Testing
@testable import DescentPipeline

@Suite("descent list and descent new")
struct CatalogListingTests {
    @Test func figuresAreListedFromTheCatalog() {
        let lines = CatalogListing.text(section: "figures").split(separator: "\n").map(String.init)
        #expect(lines.first == "figures:")
        #expect(lines.dropFirst().map { $0.split(separator: " ").first.map(String.init) ?? "" } == FigureKinds.catalog.entries.map(\.name))
        #expect(lines.contains("  lr-sweep      final loss against learning rate for each learning-rate sweep"))
    }

    @Test func theStarterLessonLoads() throws {
        let lesson = try LessonLoader.parse(yaml: StarterLesson.text(name: "start"), file: "Lessons/start.yaml")
        #expect(lesson.writtenFigures.map(\.name) == ["paths", "lr", "loss", "overview"])
        #expect(lesson.runs.count == 3)
    }
}

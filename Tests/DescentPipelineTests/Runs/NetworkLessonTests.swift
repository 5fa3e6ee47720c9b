@testable import DescentLesson
import DescentNumerics
import Testing
@testable import DescentPipeline

/// A network lesson: every run trains the whole network and is drawn on one plane centered on
/// the reference (first) run.
@Suite("Network lessons")
struct NetworkLessonTests {
    static let yaml = """
        title: {en: "Two optimizers on a small network"}
        surface: {name: network, hidden: [6], data: moons, samples: 40, noise: 0.1, validation: 0.25, seed: 2, plane: pca}
        steps: 60
        runs:
          - {optimizer: adam, lr: 0.05, batch_size: 10, id: adam}
          - {optimizer: momentum, lr: 0.1, batch_size: 10, id: momentum}
        figures:
          - {kind: contour, name: paths, resolution: 16}
        output: {formats: [png]}
        """

    /// The reference run ends at the plane's center (0, 0); every run's losses are the true
    /// training losses of the N-parameter run (2*6 + 6 + 6*2 + 2 = 32 parameters), its points the
    /// projections of its parameters, and its epochs are ceil(30 / 10) = 3 steps.
    @Test func runsAreTrainedInFullAndProjected() throws {
        let compiled = try CompiledLesson.compile(try LessonLoader().parse(yaml: Self.yaml, file: "net.yaml"))
        let network = try #require(compiled.surface as? NetworkSurface)
        #expect(network.isFixed && network.problem.network.parameterCount == 32 && network.sampleCount == 30)
        let end = try #require(compiled.runs[0].trajectory.points.last)
        #expect(end.length < 1e-9)
        let context = BuildContext(totalSteps: 60, stepsPerEpoch: 3, learningRate: 0.1)
        let direct = try ParameterRunner.run(ParameterRunSetup(
            objective: network.problem.objective, optimizer: try Optimizers.catalog.build("momentum", context: context),
            learningRate: 0.1, start: network.problem.initialParameters, steps: 60, batchSize: 10, seed: 0
        ))
        let momentum = compiled.runs[1]
        #expect(momentum.stepsPerEpoch == 3)
        #expect(momentum.trajectory.losses == direct.losses)
        #expect(momentum.trajectory.parameters == direct.path && momentum.trajectory.validationLosses == direct.validationLosses)
        #expect(direct.validationLosses.count == 61)
        let last = network.plane.coordinates(of: try #require(direct.finalParameters))
        #expect(momentum.trajectory.points.last == Vec2(last.a, last.b))
        // The PCA axes are labeled with their share of the reference path's variance.
        let labels = NetworkPlaneLabels.axes(network, language: "en")
        #expect(labels.x.hasPrefix("PC 1 (") && labels.x.hasSuffix("% of the path's variance)"))
        #expect(network.explainedVariance.count >= 2 && network.explainedVariance[0] >= network.explainedVariance[1])
    }

    /// The reference run, trained once to fix the plane and kept for the lesson's own run of it,
    /// is the run ParameterRunner trains from the same settings; another seed is trained anew.
    @Test func theKeptReferenceRunIsTheRunItsSettingsTrain() throws {
        let compiled = try CompiledLesson.compile(try LessonLoader().parse(yaml: Self.yaml, file: "net.yaml"))
        let network = try #require(compiled.surface as? NetworkSurface)
        let context = BuildContext(totalSteps: 60, stepsPerEpoch: 3, learningRate: 0.05)
        let adam = try Optimizers.catalog.build("adam", context: context)
        let direct = try ParameterRunner.run(ParameterRunSetup(
            objective: network.problem.objective, optimizer: adam,
            learningRate: 0.05, start: network.problem.initialParameters, steps: 60, batchSize: 10, seed: 0
        ))
        #expect(compiled.runs[0].trajectory.parameters == direct.path && compiled.runs[0].trajectory.losses == direct.losses)
        let same = RunSetup(surface: network, optimizer: adam, learningRate: 0.05, start: .zero, steps: 60, batchSize: 10, seed: 0)
        let reseeded = RunSetup(surface: network, optimizer: adam, learningRate: 0.05, start: .zero, steps: 60, batchSize: 10, seed: 1)
        #expect(network.train(same)?.path == direct.path)
        #expect(try #require(network.train(reseeded)).path != direct.path)
    }

    /// `between: solutions` draws one line from the first run's end to each other run's: the
    /// legend names only the runs with a line (the first is named at α = 0).
    @Test func interpolationBetweenSolutionsNamesTheOtherRunsOnly() throws {
        let yaml = Self.yaml.replacingOccurrences(of: "  - {kind: contour, name: paths, resolution: 16}", with: "  - {kind: interpolation, name: line, between: solutions}")
        let compiled = try CompiledLesson.compile(try LessonLoader().parse(yaml: yaml, file: "net.yaml"))
        let figure = try #require(LessonBuilder(options: BuildOptions()).assemble(compiled, only: "line").figures.first?.figure)
        #expect(figure.legend.map(\.id) == ["momentum"])
    }

    /// Newton on a network is refused where the lesson names it.
    @Test func newtonIsALocatedError() throws {
        let yaml = Self.yaml.replacingOccurrences(of: "{optimizer: momentum, lr: 0.1,", with: "{optimizer: newton, lr: 1,")
        let (lesson, source) = try LessonLoader().parseWithSource(yaml: yaml, file: "net.yaml")
        let problems = LessonFacts.problems(lesson, source: source)
        let error = try #require(problems.first { $0.message.contains("not element-wise") })
        #expect(error.line == 6 && error.severity == .error)
    }
}

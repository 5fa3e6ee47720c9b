import Testing
@testable import DescentNumerics

/// Catalog defaults are stated once: building an entry without values must give what building it
/// with every spec's default written out gives, so the `make` closures fall back on the very
/// defaults the specs (and so the schema, `descent list` and the documentation) state.
@Suite("Catalog defaults")
struct CatalogDefaultsTests {
    /// Values an entry cannot do without (its specs give no default).
    static let required: [String: [String: ParameterValue]] = [
        "step": ["step_size": .number(10)],
        "multistep": ["milestones": .list([.number(10), .number(20)])],
        "formula": ["expression": .text("lr0 * exp(-epoch / 10)")],
        "lambda": ["lr_lambda": .text("0.95 ^ epoch")],
        "multiplicative": ["lr_lambda": .text("0.95")],
        "expression": ["expression": .text("x^2 + 3*y^2 + 0.5*sin(3*x)")],
    ]

    /// `base` plus every default of `entry`'s specs that `base` does not set.
    static func explicit<P>(_ entry: CatalogEntry<P>, base: [String: ParameterValue]) -> [String: ParameterValue] {
        var values = base
        for spec in entry.parameters {
            if values[spec.name] == nil, let value = spec.defaultValue { values[spec.name] = value }
        }
        return values
    }

    @Test(arguments: Optimizers.catalog.entries.map(\.name))
    func optimizer(name: String) throws {
        let entry = try Optimizers.catalog.lookup(name)
        let base = Self.required[name] ?? [:]
        let plain = try Optimizers.catalog.build(name, base)
        let spelled = try Optimizers.catalog.build(name, Self.explicit(entry, base: base))
        func run(_ optimizer: any Optimizer) -> [Vec2] {
            let rate = name == "newton" ? 0.5 : 0.01
            return TrajectoryRunner.run(RunSetup(surface: Rosenbrock(), optimizer: optimizer, learningRate: rate, start: Vec2(-1.2, 1), steps: 25)).points
        }
        #expect(run(plain) == run(spelled), "\(name): the defaults of make differ from its specs'")
    }

    @Test(arguments: Schedules.catalog.entries.map(\.name))
    func schedule(name: String) throws {
        let entry = try Schedules.catalog.lookup(name)
        let context = BuildContext(totalSteps: 60, stepsPerEpoch: 1, learningRate: 0.1)
        let base = Self.required[name] ?? [:]
        guard var plain = try? Schedules.catalog.build(name, base, context: context) else {
            Issue.record("\(name) needs values without defaults; add them to `required`")
            return
        }
        var spelled = try Schedules.catalog.build(name, Self.explicit(entry, base: base), context: context)
        var a = [plain.start(baseLearningRate: 0.1)], b = [spelled.start(baseLearningRate: 0.1)]
        for epoch in 1..<60 {
            let loss = 1 / Double(epoch)
            a.append(plain.advance(loss: loss))
            b.append(spelled.advance(loss: loss))
        }
        #expect(a == b, "\(name): the defaults of make differ from its specs'")
    }

    @Test(arguments: Surfaces.catalog.entries.map(\.name))
    func surface(name: String) throws {
        let entry = try Surfaces.catalog.lookup(name)
        let base = Self.required[name] ?? [:]
        let plain = try Surfaces.catalog.build(name, base)
        let spelled = try Surfaces.catalog.build(name, Self.explicit(entry, base: base))
        #expect(plain.defaultDomain == spelled.defaultDomain)
        let points = [Vec2(0.3, -0.7), Vec2(-1.1, 0.4), Vec2(1.7, 1.3)]
        #expect(points.map { plain.value(at: $0) } == points.map { spelled.value(at: $0) }, "\(name): values differ")
        #expect(points.map { plain.gradient(at: $0) } == points.map { spelled.gradient(at: $0) }, "\(name): gradients differ")
    }
}

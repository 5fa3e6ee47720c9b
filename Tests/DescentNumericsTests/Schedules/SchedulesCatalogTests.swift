import Testing
@testable import DescentNumerics

/// The schedule catalog: every entry builds with defaults and runs a whole run without NaN.
@Suite struct SchedulesCatalogTests {
    /// Parameters without a default that an entry cannot do without.
    static let required: [String: [String: ParameterValue]] = [
        "formula": ["expression": .text("lr0 * 0.95^epoch")],
        "lambda": ["lr_lambda": .text("0.95^epoch")],
        "multiplicative": ["lr_lambda": .text("0.95")],
    ]

    @Test(arguments: Schedules.catalog.entries.map(\.name))
    func everyEntryBuildsWithDefaultsAndStaysFinite(name: String) throws {
        let schedule = try Schedules.catalog.build(name, Self.required[name] ?? [:], context: BuildContext(totalSteps: 100))
        var values = [ScheduleValue]()
        var opened = schedule
        values.append(opened.start(baseLearningRate: 0.1))
        for _ in 1...120 { values.append(opened.advance(loss: 1)) }
        #expect(values.allSatisfy { $0.learningRate.isFinite && $0.learningRate >= 0 })
    }

    @Test(arguments: Schedules.catalog.entries.map(\.name))
    func everyParameterHasASummaryAndAValidDefault(name: String) throws {
        for spec in try Schedules.catalog.lookup(name).parameters {
            #expect(!spec.summary.isEmpty)
            if let value = spec.defaultValue { #expect(spec.check(value) == nil, "\(name).\(spec.name)") }
        }
    }

    @Test(arguments: ["StepLR", "MultiStepLR", "ExponentialLR", "CosineAnnealingLR", "CosineAnnealingWarmRestarts", "LinearLR",
                      "ConstantLR", "PolynomialLR", "CyclicLR", "OneCycleLR", "ReduceLROnPlateau", "SequentialLR", "steplr", "step_lr"])
    func pyTorchClassNamesAreAliases(name: String) {
        #expect(Schedules.catalog.entry(named: name) != nil)
    }

    @Test func unknownParameterGetsADidYouMean() {
        let problems = Schedules.catalog.problems(name: "cosine", values: ["Tmax": .number(10)])
        #expect(problems.first?.message.contains("did you mean 'T_max'?") == true)
    }

    @Test func invalidChoiceGetsADidYouMean() {
        let problems = Schedules.catalog.problems(name: "cyclic", values: ["mode": .text("triangulr2")])
        #expect(problems.first?.message.contains("did you mean 'triangular2'?") == true)
    }
}

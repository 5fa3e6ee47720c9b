import Testing
@testable import DescentNumerics

/// The optimizer catalog: every entry builds with its defaults, and mistakes get suggestions.
@Suite struct OptimizersCatalogTests {
    @Test(arguments: Optimizers.catalog.entries.map(\.name))
    func everyEntryBuildsWithDefaults(name: String) throws {
        _ = try Optimizers.catalog.build(name)
    }

    @Test(arguments: Optimizers.catalog.entries.map(\.name))
    func everyParameterHasASummaryAndADefault(name: String) throws {
        let entry = try Optimizers.catalog.lookup(name)
        for spec in entry.parameters {
            #expect(!spec.summary.isEmpty)
            // A default that depends on another parameter (L-BFGS's max_eval) says so in its summary.
            #expect(spec.defaultValue != nil || spec.summary.contains("(default: "), "\(name).\(spec.name) has no default")
            if let value = spec.defaultValue { #expect(spec.check(value) == nil, "\(name).\(spec.name) default out of range") }
        }
    }

    @Test(arguments: ["SGD", "Adam", "AdamW", "RMSprop", "Adagrad", "Adadelta", "Adamax", "NAdam", "RAdam"])
    func pyTorchClassNamesAreAliases(name: String) {
        #expect(Optimizers.catalog.entry(named: name) != nil)
    }

    @Test func unknownParameterGetsADidYouMean() {
        let problems = Optimizers.catalog.problems(name: "adam", values: ["beta": .list([.number(0.9), .number(0.99)])])
        #expect(problems.first?.problem == .unknownParameter)
        #expect(problems.first?.message.contains("did you mean 'betas'?") == true)
    }

    @Test func unknownNameGetsADidYouMean() {
        #expect(throws: ParameterError.self) { try Optimizers.catalog.build("adamm") }
        #expect(Optimizers.catalog.problems(name: "rmsporp", values: [:]).first?.message.contains("did you mean") == true)
    }

    @Test func outOfRangeBetasAreRejected() {
        let problems = Optimizers.catalog.problems(name: "adam", values: ["betas": .list([.number(1.0), .number(0.999)])])
        #expect(problems.first?.problem == .invalidValue)
    }
}

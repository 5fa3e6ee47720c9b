import Testing
@testable import DescentLesson

@Suite("Sweeps")
struct SweepTests {
    func runs(_ lines: String) throws -> [RunPlan] {
        try Fixtures.load(Fixtures.lesson(runs: lines)).runs
    }

    @Test func learningRateSweepExpandsInOrder() throws {
        let runs = try runs("  - {optimizer: sgd, lr: [0.01, 0.1, 0.5, 1.05]}")
        #expect(runs.map(\.id) == ["sgd-lr-0.01", "sgd-lr-0.1", "sgd-lr-0.5", "sgd-lr-1.05"])
        #expect(runs.map(\.label) == ["SGD, lr = 0.01", "SGD, lr = 0.1", "SGD, lr = 0.5", "SGD, lr = 1.05"])
        #expect(runs.map(\.learningRate) == [.fixed(0.01), .fixed(0.1), .fixed(0.5), .fixed(1.05)])
        #expect(runs.map(\.sweep) == [0.01, 0.1, 0.5, 1.05].enumerated().map { SweepMember(group: "sgd", key: "lr", value: .number($0.element), index: $0.offset) })
    }

    @Test func optimizerParameterSweep() throws {
        let runs = try runs("  - {optimizer: sgd, lr: 0.05, momentum: [0.5, 0.9, 0.99]}")
        #expect(runs.map(\.id) == ["sgd-momentum-0.5", "sgd-momentum-0.9", "sgd-momentum-0.99"])
        #expect(runs.map(\.label) == ["SGD, momentum = 0.5", "SGD, momentum = 0.9", "SGD, momentum = 0.99"])
        #expect(runs.map { $0.optimizer.parameters["momentum"] } == [.number(0.5), .number(0.9), .number(0.99)])
        #expect(runs.allSatisfy { $0.learningRate == .fixed(0.05) })
    }

    @Test func aListValuedParameterIsNotASweepButAListOfListsIs() throws {
        let single = try runs("  - {optimizer: adam, lr: 0.1, betas: [0.9, 0.999]}")
        #expect(single.map(\.id) == ["adam"])
        #expect(single[0].optimizer.parameters["betas"] == .list([.number(0.9), .number(0.999)]))

        let swept = try runs("  - {optimizer: adam, lr: 0.1, betas: [[0.9, 0.999], [0, 0.999]]}")
        #expect(swept.map(\.id) == ["adam-betas-0.9-0.999", "adam-betas-0-0.999"])
        #expect(swept.map(\.label) == ["Adam, betas = [0.9, 0.999]", "Adam, betas = [0, 0.999]"])
        #expect(swept[1].optimizer.parameters["betas"] == .list([.number(0), .number(0.999)]))
    }

    @Test func runSettingSweep() throws {
        let runs = try runs("  - {optimizer: sgd, lr: 0.1, batch_size: [1, 8, 64]}")
        #expect(runs.map(\.id) == ["sgd-batch_size-1", "sgd-batch_size-8", "sgd-batch_size-64"])
        #expect(runs.map(\.batchSize) == [1, 8, 64])
    }

    @Test func labelTemplateAndExplicitID() throws {
        let runs = try runs("  - {optimizer: sgd, id: step, label: {en: \"lr = {value}\", ko: \"학습률 {value}\"}, lr: [0.1, 1]}")
        #expect(runs.map(\.id) == ["step-lr-0.1", "step-lr-1"])
        #expect(runs.map { $0.label.resolved(language: "en") } == ["lr = 0.1", "lr = 1"])
        #expect(runs.map { $0.label.resolved(language: "ko") } == ["학습률 0.1", "학습률 1"])
        #expect(runs.map { $0.sweep?.group } == ["step", "step"])
    }

    @Test func givenLabelIsPrefixedToTheSweptValue() throws {
        let runs = try runs("  - {optimizer: sgd, label: Plain, lr: [0.1, 0.2]}")
        #expect(runs.map(\.label) == ["Plain, lr = 0.1", "Plain, lr = 0.2"])
    }

    @Test func repeatedIDsAreNumbered() throws {
        let runs = try runs("  - {optimizer: sgd, lr: 0.1}\n  - {optimizer: SGD, lr: 0.2}\n  - {optimizer: sgd, lr: 0.3, id: sgd-3}\n  - {optimizer: sgd, lr: 0.4}")
        #expect(runs.map(\.id) == ["sgd", "sgd-2", "sgd-3", "sgd-4"])
    }
}

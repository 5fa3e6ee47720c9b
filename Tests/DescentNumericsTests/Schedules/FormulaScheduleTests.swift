import Foundation
import Testing
@testable import DescentNumerics

@Suite("Formula schedule (Keras LearningRateScheduler)")
struct FormulaScheduleTests {
    /// The lecture notes' example over 15 epochs with lr0 = 0.1. Keras calls `schedule(epoch, lr)`
    /// at the start of every epoch including 0, so the log is 0.1 for epoch 0 and
    /// `0.1 * exp(-epoch)` after: 0.1, 0.036788, 0.013534, ... computed here from `exp` directly.
    @Test func kerasExample() throws {
        var schedule = try FormulaSchedule("if(epoch < 1, lr, lr * exp(-1))")
        var log = [schedule.start(baseLearningRate: 0.1).learningRate]
        for _ in 1..<15 { log.append(schedule.advance(loss: 0).learningRate) }
        let expected = (0..<15).map { 0.1 * exp(-Double($0)) }
        #expect(log.count == 15)
        for (got, want) in zip(log, expected) {
            #expect(abs(got - want) <= 1e-12 * want)
        }
        #expect(abs(log[1] - 0.036787944117144235) < 1e-15)
    }

    @Test func variablesEpochBaseAndStep() throws {
        var schedule = try FormulaSchedule("lr0 * 0.5^floor(epoch / 2) + step / 1000", stepsPerEpoch: 10)
        let rates = [schedule.start(baseLearningRate: 1).learningRate] + (1...4).map { _ in schedule.advance(loss: 0).learningRate }
        // epoch 0..4: 1 + 0, 1 + 0.01, 0.5 + 0.02, 0.5 + 0.03, 0.25 + 0.04.
        let expected = [1.0, 1.01, 0.52, 0.53, 0.29]
        for (got, want) in zip(rates, expected) { #expect(abs(got - want) < 1e-15) }
    }

    @Test func catalogBuildsAndChecks() throws {
        let context = BuildContext(totalSteps: 30, stepsPerEpoch: 2, learningRate: 0.1)
        let built = try Schedules.catalog.build("LearningRateScheduler", ["expression": .text("lr * 0.9")], context: context)
        #expect(built is FormulaSchedule)
        do {
            _ = try Schedules.catalog.build("formula", ["expression": .text("lr * exq(-1)")], context: context)
            Issue.record("bad formula accepted")
        } catch {
            #expect(error.key == "expression")
            #expect(error.message.contains("unknown function 'exq' at column 6; did you mean 'exp'?"))
        }
        do {
            _ = try Schedules.catalog.build("formula", ["expression": .text("if(epoch < 3, lr, log(-1))")], context: context)
            Issue.record("non-finite rate accepted")
        } catch {
            #expect(error.message.contains("at epoch 3"))
        }
        #expect(throws: ParameterError.self) { try Schedules.catalog.build("formula", [:], context: context) }
    }

    /// In a run the rate changes only at epoch boundaries: 2 steps per epoch.
    @Test func drivesARun() throws {
        let schedule = try FormulaSchedule("if(epoch < 1, lr, lr * exp(-1))")
        let setup = RunSetup(surface: Bowl(), optimizer: SGD(), schedule: schedule, learningRate: 0.1, start: Vec2(1, 1), steps: 6, stepsPerEpoch: 2)
        let rates = TrajectoryRunner.run(setup).learningRates
        let e = exp(-1.0)
        let expected = [0.1, 0.1, 0.1 * e, 0.1 * e, 0.1 * e * e, 0.1 * e * e, 0.1 * e * e * e]
        #expect(rates.count == expected.count)
        for (got, want) in zip(rates, expected) { #expect(abs(got - want) <= 1e-12 * want) }
    }
}

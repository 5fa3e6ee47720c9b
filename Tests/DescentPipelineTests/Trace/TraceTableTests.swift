import Testing
@testable import DescentNumerics
@testable import DescentPipeline

@Suite("descent trace and descent schedule tables")
struct TraceTableTests {
    @Test("SGD on the bowl f = (x^2 + y^2)/2 shrinks the point by (1 - lr) each step")
    func sgdOnBowl() throws {
        // grad f = p, so x_{t+1} = x_t - lr * x_t = 0.9 * x_t for lr = 0.1:
        // (-1, 2) -> (-0.9, 1.8) -> (-0.81, 1.62); f = (x^2 + y^2)/2 = 2.5, 2.025, 1.64025.
        let request = TraceRequest(surface: .named("bowl", [:]), optimizer: "sgd", learningRate: 0.1, start: Vec2(-1, 2), steps: 2)
        let lines = TraceTable.csv(try request.run()).split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(lines[0] == "step,x,y,loss,lr")
        let row2 = lines[3].split(separator: ",").compactMap { Double($0) }
        #expect(row2.count == 5)
        #expect(row2[0] == 2)
        #expect(abs(row2[1] - -0.81) < 1e-15 && abs(row2[2] - 1.62) < 1e-15)
        #expect(abs(row2[3] - 1.64025) < 1e-14)
        #expect(row2[4] == 0.1)
    }

    @Test("numbers are printed with 17 significant digits")
    func seventeenDigits() {
        #expect(CSVNumber.format(0.1) == "0.10000000000000001")
        #expect(CSVNumber.format(-2) == "-2")
        #expect(CSVNumber.format(.nan) == "nan")
    }

    @Test("StepLR through the schedule table: 0.1 for 3 steps, then times gamma = 0.1")
    func stepSchedule() throws {
        // PyTorch StepLR(step_size=3, gamma=0.1): lr = 0.1 * 0.1^floor(epoch / 3).
        let rates = try ScheduleTable.rates(schedule: "StepLR", parameters: ["step_size": .number(3), "gamma": .number(0.1)], learningRate: 0.1, steps: 7)
        let expected = [0.1, 0.1, 0.1, 0.01, 0.01, 0.01, 0.001]
        #expect(rates.count == 7)
        for (rate, value) in zip(rates, expected) { #expect(abs(rate - value) <= 1e-12 * value) }
    }

    @Test("an unknown optimizer is an error with a suggestion")
    func unknownOptimizer() {
        let request = TraceRequest(surface: .named("bowl", [:]), optimizer: "adamm", learningRate: 0.1, start: Vec2(1, 1), steps: 2)
        #expect(throws: ParameterError.self) { try request.run() }
        do { _ = try request.run() } catch { #expect(error.message.contains("did you mean 'adam'")) }
    }
}

import Foundation
import Testing
@testable import DescentNumerics

@Suite("PowerTable: beta^t computed once, bit for bit what pow gives")
struct PowerTableTests {
    @Test("every tabulated power equals C's pow(beta, t), as PyTorch's beta ** step is", arguments: [0.9, 0.999, 0.95, 0.5])
    func equalsPow(beta: Double) {
        let table = PowerTable(base: beta, steps: 2000)
        for t in [0, 1, 2, 3, 10, 999, 1000, 2000] {
            #expect(table.power(t).bitPattern == pow(beta, Double(t)).bitPattern, "beta = \(beta), t = \(t)")
        }
        // Past the table and for another base (a scheduled beta1), pow itself.
        #expect(table.power(5000).bitPattern == pow(beta, 5000).bitPattern)
        #expect(table.power(of: 0.85, 7).bitPattern == pow(0.85, 7).bitPattern)
    }

    @Test("Adam built with and without the run's step count takes bit-identical steps")
    func adamUnchanged() {
        // The same 300 steps of Adam on f = x^2 + 10 y^2 (gradient (2x, 20y)), once with the table
        // and once with pow at every step (a table of 0 steps).
        func run(_ adam: Adam) -> Vec2 {
            var p = Vec2(1.5, -0.7), state = adam.makeState()
            for step in 1...300 {
                _ = adam.update(&p, state: &state, context: StepContext(gradient: Vec2(2 * p.x, 20 * p.y), learningRate: 0.05, step: step))
            }
            return p
        }
        let tabled = run(Adam(steps: 300)), plain = run(Adam(steps: 0))
        #expect(tabled.x.bitPattern == plain.x.bitPattern && tabled.y.bitPattern == plain.y.bitPattern)
    }
}

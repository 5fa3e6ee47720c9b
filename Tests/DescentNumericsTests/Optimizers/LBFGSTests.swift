import Testing
@testable import DescentNumerics

/// torch.optim.LBFGS (torch/optim/lbfgs.py: `LBFGS.step`, `_strong_wolfe`, `_cubic_interpolate`),
/// replayed line by line in Python floats on Descent's Rosenbrock (a = 1, b = 100) from
/// (-1.2, 1), lr 1. One step of the run is one `optimizer.step(closure)`.
@Suite struct LBFGSTests {
    func run(_ lbfgs: LBFGS, steps: Int = 3) -> Trajectory {
        TrajectoryRunner.run(RunSetup(surface: Rosenbrock(), optimizer: lbfgs, learningRate: 1, start: Vec2(-1.2, 1), steps: steps))
    }

    func expect(_ t: Trajectory, _ expected: [(Double, Double, Int)], sourceLocation: SourceLocation = #_sourceLocation) {
        OptimizerFixture.expect(Array(t.points.dropFirst()), expected.map { ($0.0, $0.1) }, sourceLocation: sourceLocation)
        let counts = (1...expected.count).map { step in t.evaluations.count { $0.step == step } }
        #expect(counts == expected.map(\.2), sourceLocation: sourceLocation)
    }

    /// The strong-Wolfe search of the very first iteration: d = -g = (215.6, 88), t0 =
    /// min(1, 1/sum|g|) = 0.003293807641633729; f(x + t0 d) exceeds the Armijo line, so the
    /// bracket [0, t0] is zoomed once, and the cubic's minimizer t = 0.0008138593212150625
    /// (f = 4.146927102567213) satisfies both Wolfe conditions after 2 evaluations.
    @Test func strongWolfeAcceptedStepOnRosenbrock() {
        let surface = Rosenbrock(), x = Vec2(-1.2, 1)
        let g = surface.gradient(at: x), d = -g
        let t0 = min(1.0, 1.0 / (abs(g.x) + abs(g.y)))
        #expect(t0 == 0.003293807641633729)
        let result = StrongWolfe.search(t: t0, d: d, loss: surface.value(at: x), gradient: g, gtd: StrongWolfe.dot(g, d)) { t in
            let p = x + t * d
            return (surface.value(at: p), surface.gradient(at: p))
        }
        #expect(OptimizerFixture.close(result.t, 0.0008138593212150625))
        #expect(OptimizerFixture.close(result.loss, 4.146927102567213))
        #expect(OptimizerFixture.close(result.gradient.x, 4.947942776352042) && OptimizerFixture.close(result.gradient.y, 4.390788793671563))
        #expect(result.evaluations == 2)
    }

    /// max_iter 1, no line search: one fixed step per optimizer step, the closure called once.
    @Test func oneIterationPerStep() {
        expect(run(LBFGS(maxIter: 1)), [
            (-0.489855072463768, 1.289855072463768, 1), (-0.8216710990752791, 1.0682753957715367, 1), (-1.3655416389879749, 0.9379760551938525, 1),
        ])
    }

    /// PyTorch's defaults: 20 iterations per step (20 closure calls; the last iteration does not re-evaluate).
    @Test func defaultsMatchPyTorch() {
        expect(run(LBFGS()), [
            (-0.39290952488810754, 0.14696808489356467, 20), (0.24040314721471107, 0.052970487478113115, 20), (0.9998033256346177, 0.9996078449857075, 20),
        ])
    }

    @Test func strongWolfeSteps() {
        // max_iter 1 leaves max_eval = 1 * 5 / 4 = 1, and PyTorch 2.15 calls
        // `_strong_wolfe(..., max_ls=max_eval - current_evals)` = 0: the search evaluates its first
        // trial (above the Armijo line) and returns t = 0, so the point never moves. Checked against
        // torch 2.15.0 (float64) on this machine: (-1.2, 1.0) after each step, 2 closure calls each.
        expect(run(LBFGS(maxIter: 1, lineSearch: .strongWolfe)), [(-1.2, 1, 2), (-1.2, 1, 2), (-1.2, 1, 2)])
        // With room for the search (max_eval 10, so max_ls = 9): the first step's accepted t is the
        // one of strongWolfeAcceptedStepOnRosenbrock.
        expect(run(LBFGS(maxIter: 1, maxEval: 10, lineSearch: .strongWolfe)), [
            (-1.0245319303460325, 1.0716196202669255, 3), (-1.0284565745562346, 1.068187455748677, 2), (-1.0288795348319695, 1.0655029516848564, 2),
        ])
        // 20 iterations: max_eval = 25 ends step 1; a stopping test ends step 2 after 19; step 3
        // evaluates once and stops at once.
        expect(run(LBFGS(lineSearch: .strongWolfe)), [
            (0.3806226433463962, 0.12491013187287187, 25), (0.9999814210791368, 0.9999619651810988, 19), (0.9999814210791368, 0.9999619651810988, 1),
        ])
    }
}

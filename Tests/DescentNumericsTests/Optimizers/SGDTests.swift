import Testing
@testable import DescentNumerics

/// torch.optim.SGD: g <- -g (maximize); g <- g + wd*x; b <- g (first) or mu*b + (1-tau)*g;
/// g <- g + mu*b (nesterov) or b; x <- x - lr*g. Start (1, -2), gradients (0.8,-1.2),
/// (0.5,-0.9), (-0.3,0.4), lr 0.1 (see OptimizerFixture).
@Suite struct SGDTests {
    @Test func plainSGDSubtractsLrTimesGradient() {
        // x1 = 1 - 0.1*0.8 = 0.92, y1 = -2 + 0.12 = -1.88; x2 = 0.92 - 0.05; x3 = 0.87 + 0.03.
        OptimizerFixture.expect(OptimizerFixture.replay(SGD()), [
            (0.9199999999999999, -1.88), (0.8699999999999999, -1.7899999999999998), (0.8999999999999999, -1.8299999999999998),
        ])
    }

    @Test func momentumBufferStartsAtTheFirstGradient() {
        // b1 = g1 = (0.8,-1.2); b2 = 0.9*b1 + g2 = (1.22,-1.98); b3 = 0.9*b2 + g3 = (0.798,-1.382).
        OptimizerFixture.expect(OptimizerFixture.replay(SGD(momentum: 0.9)), [
            (0.9199999999999999, -1.88), (0.7979999999999999, -1.682), (0.7182, -1.5437999999999998),
        ])
    }

    @Test func nesterovStepsAlongGradientPlusMomentumTimesBuffer() {
        // step 1: g + 0.9*b1 = 1.9*g1 = (1.52,-2.28) -> (0.848, -1.772).
        OptimizerFixture.expect(OptimizerFixture.replay(SGD(momentum: 0.9, nesterov: true)), [
            (0.848, -1.772), (0.6881999999999999, -1.5038), (0.6463799999999998, -1.41942),
        ])
    }

    @Test func dampeningWeightDecayAndMaximize() {
        // step 1: g = -g1 + 0.1*(1,-2) = (-0.7, 1.0); b1 = g; x = 1 + 0.07 = 1.07, y = -2 - 0.1 = -2.1.
        let sgd = SGD(momentum: 0.9, dampening: 0.5, weightDecay: 0.1, maximize: true)
        OptimizerFixture.expect(OptimizerFixture.replay(sgd), [
            (1.07, -2.1), (1.1526500000000002, -2.2245), (1.2062717500000002, -2.3054275),
        ])
    }

    @Test func scheduledMomentumReplacesMomentumAndSwitchesItOn() {
        // CyclicLR/OneCycleLR write the momentum into the group: plain SGD then behaves as momentum 0.9.
        let scheduled = OptimizerFixture.replay(SGD(), momentum: 0.9)
        OptimizerFixture.expect(scheduled, [(0.9199999999999999, -1.88), (0.7979999999999999, -1.682), (0.7182, -1.5437999999999998)])
    }

    @Test func sgdFamilyReportsNoPerParameterRate() {
        var state = SGD(momentum: 0.9).makeState()
        var point = Vec2(1, 1)
        #expect(SGD(momentum: 0.9).update(&point, state: &state, context: StepContext(gradient: Vec2(1, 1), learningRate: 0.1, step: 1)) == nil)
    }

    @Test(arguments: ["momentum", "nesterov"])
    func teachingEntriesDefaultToMomentumNine(name: String) throws {
        let built = try Optimizers.catalog.build(name)
        let sgd = try #require(built as? SGD)
        #expect(sgd.momentum == 0.9)
        #expect(sgd.nesterov == (name == "nesterov"))
    }

    @Test func nesterovWithoutMomentumIsRejected() {
        #expect(throws: ParameterError.self) { try Optimizers.catalog.build("sgd", ["nesterov": .boolean(true)]) }
        #expect(throws: ParameterError.self) { try Optimizers.catalog.build("nesterov", ["dampening": .number(0.5)]) }
    }
}

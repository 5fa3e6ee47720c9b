import Testing
@testable import DescentNumerics

/// LinearLR: lr_0 = lr*start; lr_e = lr_{e-1}*(1 + (end - start)/(T*start + (e-1)*(end - start))) for e <= T.
@Suite struct LinearLRTests {
    @Test func pyTorchDefaultsWarmUpOverFiveEpochs() {
        ScheduleFixture.expect(ScheduleFixture.rates(LinearLR(), epochs: 8), [
            0.03333333333333333, 0.04666666666666667, 0.060000000000000005, 0.07333333333333335, 0.08666666666666668, 0.1, 0.1, 0.1,
        ])
    }

    @Test func startFactorZeroIsRejected() {
        #expect(throws: ParameterError.self) { try Schedules.catalog.build("linear", ["start_factor": .number(0)]) }
    }
}

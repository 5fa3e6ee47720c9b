import Testing
@testable import DescentNumerics

/// SGDR: eta_min + (lr - eta_min)*(1 + cos(pi T_cur/T_i))/2; T_cur wraps at T_i, T_i <- T_i*T_mult.
@Suite struct CosineAnnealingWarmRestartsTests {
    @Test func restartsAfterPeriodsThatDouble() {
        // T_0 = 3, T_mult = 2: restarts (rate back to 0.1) at epochs 3 and 9.
        ScheduleFixture.expect(ScheduleFixture.rates(CosineAnnealingWarmRestarts(t0: 3, tMult: 2), epochs: 16), [
            0.1, 0.07500000000000001, 0.025000000000000012, 0.1, 0.09330127018922195, 0.07500000000000001, 0.05,
            0.025000000000000012, 0.006698729810778065, 0.1, 0.09829629131445342, 0.09330127018922195,
            0.08535533905932738, 0.07500000000000001, 0.06294095225512604, 0.05,
        ])
    }

    @Test(arguments: ["sgdr", "CosineAnnealingWarmRestarts", "cosine_warm_restarts"])
    func aliases(name: String) {
        #expect(Schedules.catalog.entry(named: name)?.name == "cosine_warm_restarts")
    }
}

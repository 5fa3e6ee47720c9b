import Testing
@testable import DescentNumerics

@Suite("Surfaces behave as their lessons need")
struct LessonSurfaceTests {
    func sgd(_ s: any Surface, lr: Double, steps: Int, noise: Double = 0, seed: UInt64 = 0) -> Trajectory {
        TrajectoryRunner.run(RunSetup(surface: s, optimizer: SGD(), learningRate: lr, start: s.defaultStart, steps: steps, seed: seed, noise: noise))
    }

    func nearestMinimum(_ s: any Surface, _ p: Vec2) -> CriticalPoint? {
        s.minima.min { ($0.point - p).length < ($1.point - p).length }
    }

    /// Without noise SGD from the default start settles in the shallow well; with gradient noise
    /// some seeds carry it over the low saddle into a deeper well.
    @Test func multiwellShallowMinimumCanBeEscaped() throws {
        let surface = Multiwell()
        let shallow = try #require(surface.minima.max { $0.value < $1.value })
        let plain = sgd(surface, lr: 0.1, steps: 400)
        #expect(try (#require(plain.finalPoint) - shallow.point).length < 1e-3)
        let escaped = (0..<10).filter { seed in
            let t = sgd(surface, lr: 0.1, steps: 400, noise: 2.0, seed: UInt64(seed))
            return t.finalPoint.flatMap { nearestMinimum(surface, $0) }.map { $0.value < shallow.value } ?? false
        }
        #expect(!escaped.isEmpty)
    }

    /// On the plateau plain SGD at lr = 0.1 is still far from the well after 100 steps.
    @Test func plateauMakesSGDCrawl() throws {
        let t = sgd(Plateau(), lr: 0.1, steps: 100)
        #expect(try #require(t.finalLoss) > 0.95)
        #expect(try (#require(t.finalPoint) - Plateau().defaultStart).length < 0.5)
    }

    /// On the ravine SGD with lr = 0.09 (just under 2/20) flips sign across the valley every step.
    @Test func ravineZigZags() {
        let t = sgd(Ravine(), lr: 0.09, steps: 6)
        let ys = t.points.map(\.y)
        for k in 1..<ys.count { #expect(ys[k] * ys[k - 1] < 0) }
    }
}

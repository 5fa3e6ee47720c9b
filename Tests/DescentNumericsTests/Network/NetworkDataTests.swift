import Foundation
import Testing
@testable import DescentNumerics

/// Initialization statistics and the toy data sets.
@Suite("Network initialization and data")
struct NetworkDataTests {
    /// `nn.Linear.reset_parameters`: kaiming_uniform(a = sqrt 5) gives bound
    /// sqrt(1/3) * sqrt(3/fan_in) = 1/sqrt(fan_in); U(-b, b) has mean 0 and variance b^2/3.
    /// Linear(16, 400): 6400 weights with b = 1/4, variance 1/48 = 0.0208333. The sample mean's
    /// standard error is sqrt(1/48 / 6400) = 0.0018, the sample variance's about
    /// sqrt((b^4/5 - b^4/9) / 6400) = 0.00037 (fourth moment of U(-b,b) is b^4/5); tolerances 4 sigma.
    @Test func initializationHasPyTorchsDistribution() {
        let layout = NetworkLayout(widths: [16, 400, 1])
        let theta = LinearInitialization.parameters(for: layout, seed: 7)
        let first = layout.layers[0]
        let weights = Array(theta[first.weightOffset..<first.biasOffset])
        #expect(weights.count == 6400)
        let mean = weights.reduce(0, +) / Double(weights.count)
        let variance = weights.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(weights.count - 1)
        #expect(abs(mean) < 4 * 0.0018)
        #expect(abs(variance - 1.0 / 48) < 4 * 0.00037)
        #expect(weights.allSatisfy { abs($0) <= 0.25 })
        // The second layer has fan_in 400: bound 1/20 for its 400 weights and its bias.
        let second = layout.layers[1]
        #expect(theta[second.weightOffset...].allSatisfy { abs($0) <= 0.05 })
        #expect(theta[second.weightOffset...].contains { abs($0) > 0.04 })
        #expect(LinearInitialization.parameters(for: layout, seed: 7) == theta)
        #expect(LinearInitialization.parameters(for: layout, seed: 8) != theta)
    }

    /// Without noise each generator puts its points where its formula says.
    @Test func generatorsFollowTheirFormulas() {
        let n = 200
        let circles = ToyDataset.circles.generate(samples: n, noise: 0, seed: 1)
        for i in 0..<n {
            let radius = circles.point(i).length
            #expect(abs(radius - (circles.labels[i] == 0 ? 1 : 0.5)) < 1e-12)
        }
        let xor = ToyDataset.xor.generate(samples: n, noise: 0, seed: 1)
        for i in 0..<n {
            let p = xor.point(i)
            #expect((p.x * p.y > 0) == (xor.labels[i] == 0) && abs(p.x) <= 1 && abs(p.y) <= 1)
        }
        let moons = ToyDataset.moons.generate(samples: n, noise: 0, seed: 1)
        for i in 0..<n {
            let p = moons.point(i), centre = moons.labels[i] == 0 ? Vec2(0, 0) : Vec2(1, 0.5)
            #expect(abs((p - centre).length - 1) < 1e-12)
        }
        // Spirals: radius t and angle 3 pi t + pi c, so the two arms are point reflections.
        let spirals = ToyDataset.spirals.generate(samples: n, noise: 0, seed: 1)
        for i in 0..<n {
            let p = spirals.point(i), t = p.length
            let angle = 3 * Double.pi * t + Double.pi * Double(spirals.labels[i])
            #expect((p - t * Vec2(cos(angle), sin(angle))).length < 1e-12)
        }
        #expect(spirals.labels.filter { $0 == 1 }.count == n / 2)
    }

    /// The validation split takes the tail: 20% of 101 is 20 samples.
    @Test func splitHoldsOutTheTail() {
        let data = ToyDataset.moons.generate(samples: 101, noise: 0.1, seed: 4)
        let (train, validation) = data.split(validation: 0.2)
        #expect(train.count == 81 && validation.count == 20)
        #expect(validation.point(0) == data.point(81) && validation.labels == Array(data.labels[81...]))
        #expect(ToyDataset.moons.generate(samples: 101, noise: 0.1, seed: 4) == data)
        #expect(data.split(validation: 1).train.count == 1)
    }
}

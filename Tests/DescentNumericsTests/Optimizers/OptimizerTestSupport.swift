import Testing
@testable import DescentNumerics

/// Shared fixtures: the expected numbers in the optimizer tests come from replaying PyTorch's
/// single-tensor update rules (torch/optim/*.py, `_single_tensor_*`) op by op in Python floats
/// (`python3`, no torch), from the start point and gradients below, with lr 0.1 unless stated.
enum OptimizerFixture {
    /// The start point of every replay.
    static let start = Vec2(1.0, -2.0)
    /// The gradients fed at steps 1, 2, 3 (the sequence repeats for longer replays).
    static let gradients: [Vec2] = [Vec2(0.8, -1.2), Vec2(0.5, -0.9), Vec2(-0.3, 0.4)]

    /// Runs `steps` updates with the given gradients and returns the point after each step.
    static func replay<O: Optimizer>(
        _ optimizer: O, steps: Int = 3, learningRate: Double = 0.1, gradients: [Vec2] = gradients,
        momentum: Double? = nil, from start: Vec2 = start
    ) -> [Vec2] {
        var state = optimizer.makeState()
        var point = start
        var points: [Vec2] = []
        for step in 1...steps {
            let context = StepContext(
                gradient: gradients[(step - 1) % gradients.count], learningRate: learningRate,
                scheduledMomentum: momentum, step: step
            )
            _ = optimizer.update(&point, state: &state, context: context)
            points.append(point)
        }
        return points
    }

    /// Checks each point against the expected pairs with relative tolerance 1e-12.
    static func expect(_ points: [Vec2], _ expected: [(Double, Double)], sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(points.count == expected.count, sourceLocation: sourceLocation)
        for (point, want) in zip(points, expected) {
            #expect(close(point.x, want.0) && close(point.y, want.1), "got \(point), expected \(want)", sourceLocation: sourceLocation)
        }
    }

    /// Relative closeness, `|a - b| <= 1e-12 * max(|a|, |b|)` (absolute 1e-300 near zero).
    static func close(_ a: Double, _ b: Double, relative: Double = 1e-12) -> Bool {
        abs(a - b) <= max(relative * max(abs(a), abs(b)), 1e-300)
    }
}

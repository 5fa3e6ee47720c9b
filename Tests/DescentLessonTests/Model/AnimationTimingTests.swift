import Testing
@testable import DescentLesson

/// Which step each frame of an animation shows, worked by hand from `AnimationTiming`'s rules.
@Suite("Animation timing")
struct AnimationTimingTests {
    /// 10 steps, 4 per frame: frames at 0, 4, 8 and the last step 10; no hold.
    @Test func stepsPerFrameEndsAtTheLastStep() {
        let timing = AnimationTiming(fps: 10, stepsPerFrame: 4)
        #expect(timing.motionSteps(steps: 10) == [0, 4, 8, 10])
        #expect(timing.frameCount(steps: 10) == 4)
    }

    /// 2 s at 5 fps is 10 frames spread over 6 steps: step 6·i/9 for i = 0...9 (0, 2/3, 4/3, ...).
    @Test func durationSpreadsTheStepsOverItsFrames() {
        let steps = AnimationTiming(fps: 5, duration: 2).motionSteps(steps: 6)
        #expect(steps.count == 10)
        #expect(steps.first == 0)
        #expect(steps.last == 6)
        #expect(abs(steps[1] - 2.0 / 3.0) < 1e-12)
    }

    /// No duration and no steps per frame: n / fps seconds, at least 3 and at most 10. 30 steps at
    /// 30 fps would be 1 s, so 3 s = 90 frames; 600 steps would be 20 s, so 10 s = 300 frames.
    @Test func theDefaultDurationIsThreeToTenSeconds() {
        #expect(AnimationTiming(fps: 30).motionFrameCount(steps: 30) == 90)
        #expect(AnimationTiming(fps: 30).motionFrameCount(steps: 600) == 300)
        #expect(AnimationTiming(fps: 30).motionFrameCount(steps: 150) == 150)
    }

    /// 4 steps, one per frame, at 10 fps with a 0.2 s pause (2 frames) at the event of step 2 and a
    /// 0.3 s hold (3 frames): 0, 1, 2, 2, 2, 3, 4, 4, 4, 4. Events at 0 or at the last step are
    /// not paused at.
    @Test func pausesAtEventsAndHoldsTheLastFrame() {
        let timing = AnimationTiming(fps: 10, stepsPerFrame: 1, hold: 0.3, pause: 0.2)
        #expect(timing.frameSteps(steps: 4, events: [0, 2, 4]) == [0, 1, 2, 2, 2, 3, 4, 4, 4, 4])
        #expect(timing.frameCount(steps: 4) == 8)
    }

    /// An event between two motion frames gets a frame of its own: steps 0, 3, 6 with an event at 4
    /// and a one-frame pause gives 0, 3, 4, 4, 6.
    @Test func anEventBetweenFramesGetsItsOwnFrame() {
        let timing = AnimationTiming(fps: 10, stepsPerFrame: 3, pause: 0.1)
        #expect(timing.frameSteps(steps: 6, events: [4]) == [0, 3, 4, 4, 6])
    }
}

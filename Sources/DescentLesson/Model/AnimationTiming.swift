/// When each frame of an `animation` figure is shown and at which optimizer step, from the figure's
/// options and the runs' length.
///
/// With `n` steps to show at `fps` frames per second:
/// - `steps_per_frame: s`: motion frames at steps `0, s, 2s, ...` and a last one at `n`;
/// - `duration: d`: `m = max(2, round(d · fps))` motion frames at steps `n · i / (m - 1)`, which may
///   fall between two steps (the point is drawn part way along that step);
/// - neither: `duration = min(max(n / fps, 3), 10)` seconds.
///
/// Then each event step `e` (a schedule's milestone or restart, `0 < e < n`) gets a frame at exactly
/// `e` followed by `round(pause · fps)` copies, and the last frame `round(hold · fps)` copies.
public struct AnimationTiming: Sendable, Hashable {
    /// Frames per second.
    public var fps: Int
    /// Seconds of motion, or nil.
    public var duration: Double?
    /// Steps per frame, or nil.
    public var stepsPerFrame: Int?
    /// Seconds on the last frame.
    public var hold: Double
    /// Seconds at each event.
    public var pause: Double

    /// The most frames one animation may have: two minutes at 30 frames per second.
    public static let frameCap = 3600

    /// The timing of an `animation` figure request.
    public init(_ request: FigureRequest) {
        func number(_ key: String) -> Double? {
            if case .number(let value)? = request.option(key) { return value }
            return nil
        }
        fps = Int(number("fps") ?? 30)
        duration = number("duration")
        stepsPerFrame = number("steps_per_frame").map { Int($0) }
        hold = number("hold") ?? 0
        pause = number("pause") ?? 0
    }

    /// Creates a timing.
    public init(fps: Int, duration: Double? = nil, stepsPerFrame: Int? = nil, hold: Double = 0, pause: Double = 0) {
        self.fps = fps
        self.duration = duration
        self.stepsPerFrame = stepsPerFrame
        self.hold = hold
        self.pause = pause
    }

    /// The number of motion frames for runs of `steps` steps.
    public func motionFrameCount(steps: Int) -> Int {
        let n = max(0, steps)
        if let s = stepsPerFrame { return (n + max(1, s) - 1) / max(1, s) + 1 }
        let seconds = duration ?? min(max(Double(n) / Double(fps), 3), 10)
        return max(2, Int((seconds * Double(fps)).rounded()))
    }

    /// The steps of the motion frames for runs of `steps` steps (first 0, last `steps`).
    public func motionSteps(steps: Int) -> [Double] {
        let n = max(0, steps), m = motionFrameCount(steps: n)
        if let s = stepsPerFrame { return (0..<m).map { Double(min($0 * max(1, s), n)) } }
        return (0..<m).map { Double(n) * Double($0) / Double(m - 1) }
    }

    /// The step shown by every frame, in order: motion, pauses at `events`, the final hold.
    public func frameSteps(steps: Int, events: [Int] = []) -> [Double] {
        var frames: [Double] = []
        let pauseFrames = Int((pause * Double(fps)).rounded())
        var pending = Set(events.filter { $0 > 0 && $0 < steps }).sorted()
        for step in motionSteps(steps: steps) {
            while pauseFrames > 0, let event = pending.first, Double(event) <= step {
                pending.removeFirst()
                if frames.last != Double(event) { frames.append(Double(event)) }
                frames += Array(repeating: Double(event), count: pauseFrames)
            }
            if frames.last != step { frames.append(step) }
        }
        if let last = frames.last { frames += Array(repeating: last, count: Int((hold * Double(fps)).rounded())) }
        return frames
    }

    /// The number of frames for `steps` steps before any pause (motion and hold), which the frame
    /// cap bounds at load time.
    public func frameCount(steps: Int) -> Int {
        motionFrameCount(steps: steps) + Int((hold * Double(fps)).rounded())
    }
}

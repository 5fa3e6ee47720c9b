import DescentLesson
import DescentPlot
import DescentScene

/// One `animation` figure, ready to render: the still figure it moves (axes pinned), the step of
/// every frame, and the files to write. Only values, so any core can run it.
public struct AnimationJob: Sendable {
    /// The files an animation writes, each in one of the animation formats.
    public struct Files: Sendable, Hashable {
        /// H.264 video (`mp4`), or nil.
        public var mp4: String?
        /// Looping GIF (`gif`), or nil.
        public var gif: String?
        /// One PDF page per frame for the `animate` package (`pdf-frames`), or nil.
        public var framesPDF: String?
        /// One PDF page per key step for `\only<n>` overlays (with `pdf-frames`), or nil.
        public var stepsPDF: String?
        /// The Beamer snippet using both PDFs (with `pdf-frames`), or nil.
        public var tex: String?

        /// The paths, in the order they are listed.
        public var all: [String] { [mp4, gif, framesPDF, stepsPDF, tex].compactMap { $0 } }

        /// The files of animation `name` in `directory` for `formats` (animation formats only).
        public init(name: String, directory: String, formats: [OutputSettings.Format]) {
            let base = "\(directory)/\(name)"
            mp4 = formats.contains(.mp4) ? "\(base).mp4" : nil
            gif = formats.contains(.gif) ? "\(base).gif" : nil
            let beamer = formats.contains(.pdfFrames)
            framesPDF = beamer ? "\(base)-frames.pdf" : nil
            stepsPDF = beamer ? "\(base)-steps.pdf" : nil
            tex = beamer ? "\(base).tex" : nil
        }
    }

    /// The figure moved, with its line axes pinned (`Figure.pinnedAxes`).
    public var figure: Figure
    /// The step each frame shows, in order (`AnimationTiming.frameSteps`).
    public var frameSteps: [Double]
    /// The steps of the overlay pages and the storyboard.
    public var keySteps: [Int]
    /// The runs' last step.
    public var totalSteps: Int
    /// Steps per epoch (1 when the lesson counts none).
    public var epochLength: Int
    /// Frames per second.
    public var fps: Int
    /// Video pixels per point.
    public var scale: Double
    /// The words of the counter ("step", "epoch") in the figure's language.
    public var stepWord: String
    /// The word for epoch.
    public var epochWord: String
    /// Where the files go.
    public var files: Files

    /// Creates a job.
    public init(
        figure: Figure, frameSteps: [Double], keySteps: [Int], totalSteps: Int, epochLength: Int, fps: Int, scale: Double,
        stepWord: String, epochWord: String, files: Files
    ) {
        self.figure = figure
        self.frameSteps = frameSteps
        self.keySteps = keySteps
        self.totalSteps = totalSteps
        self.epochLength = epochLength
        self.fps = fps
        self.scale = scale
        self.stepWord = stepWord
        self.epochWord = epochWord
        self.files = files
    }

    /// The frame at `step`: the figure truncated there, with the counter
    /// `step 12 / 60` (and `· epoch 3 / 6` when epochs hold several steps).
    public func frame(atStep step: Double) -> Figure {
        var frame = figure.frame(atStep: step, epochLength: epochLength)
        frame.counter = FrameCounter(text: counterText(step), widest: counterText(Double(totalSteps)))
        return frame
    }

    /// The counter's text at `step` (rounded down: a frame between two steps shows the earlier).
    func counterText(_ step: Double) -> String {
        let whole = Int(step.rounded(.down))
        var text = "\(stepWord) \(whole) / \(totalSteps)"
        if epochLength > 1 {
            text += " · \(epochWord) \(whole / epochLength) / \((totalSteps + epochLength - 1) / epochLength)"
        }
        return text
    }

    /// The frames as runs of equal steps, in order: each step is painted once and shown `count`
    /// frames (a pause, the final hold).
    public var heldFrames: [(step: Double, count: Int)] {
        var runs: [(step: Double, count: Int)] = []
        for step in frameSteps {
            if runs.last?.step == step { runs[runs.count - 1].count += 1 } else { runs.append((step, 1)) }
        }
        return runs
    }

    /// The distinct steps of the frames, in order.
    public var distinctSteps: [Double] { heldFrames.map(\.step) }

    /// The steps of the `pdf-frames` pages: the distinct steps, thinned to at most `maxPages`
    /// evenly (the first and last kept), and the frame rate that plays them in the same time.
    public func pageSteps(maxPages: Int = 120) -> (steps: [Double], fps: Int) {
        let steps = distinctSteps
        guard steps.count > maxPages else { return (steps, fps) }
        let every = (steps.count + maxPages - 1) / maxPages
        var kept = stride(from: 0, to: steps.count, by: every).map { steps[$0] }
        if kept.last != steps.last, let last = steps.last { kept.append(last) }
        return (kept, max(1, Int((Double(fps) / Double(every)).rounded())))
    }
}

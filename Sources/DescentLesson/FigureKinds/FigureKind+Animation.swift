import DescentNumerics

extension FigureKind {
    /// A map figure (contour, heatmap, surface3d) or a layout containing one, set in motion: every
    /// run advances together, frame by frame, leaving its trail; line panels draw their curves up
    /// to the current step under a cursor. Written as `mp4`, `gif` and `pdf-frames` (see
    /// `output.formats`), and in the still formats as its last frame.
    ///
    /// The frames' steps are `AnimationTiming`'s: `steps_per_frame` steps per frame, or the run's
    /// steps spread over `duration` seconds; then `pause` seconds at each schedule event and `hold`
    /// seconds on the last frame.
    public static let animation = FigureKind(
        name: "animation", summary: "another figure with a map, its runs moving frame by frame (MP4, GIF, Beamer frames)",
        options: [
            ParameterSpec("of", .text, summary: "The figure set in motion: a contour, heatmap or surface3d figure, or a layout showing one (required)"),
            ParameterSpec("fps", .integer, range: 1...50, default: .number(30), summary: "Frames per second (GIF shows at most 50)"),
            ParameterSpec("duration", .number, range: 0.1...120, summary: "Seconds the runs take to reach their last step (default: one step per frame, 3 to 10 s)"),
            ParameterSpec("steps_per_frame", .integer, range: 1...100_000, summary: "Optimizer steps per frame, instead of `duration`"),
            ParameterSpec("hold", .number, range: 0...30, default: .number(1.5), summary: "Seconds the last frame stays before the animation ends (or loops)"),
            ParameterSpec("pause", .number, range: 0...10, default: .number(0), summary: "Seconds the animation stops at each schedule event (milestone, restart, phase change)"),
            ParameterSpec("scale", .number, range: 0.25...4, default: .number(1.2), summary: "Video pixels per point (a slide, 800 x 450 pt, at 1.2 is 960 x 540, at 1.6 is 1280 x 720)"),
            ParameterSpec("key_steps", .numbers(count: nil), range: 0...100_000,
                          summary: "Steps of the overlay pages (`pdf-frames`) and the handout's storyboard (default: 5 steps evenly spread)"),
        ],
        layoutWeight: 1.25
    )
}

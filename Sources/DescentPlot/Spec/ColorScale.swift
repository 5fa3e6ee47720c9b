/// How values map to colors in an image panel (heatmap) and its colorbar.
public enum ColorScale: Sendable, Hashable {
    /// Logarithmic when the field is deep (as `ContourPanel.Levels.automatic` decides), else linear.
    case automatic
    /// Colors evenly spread between the field's minimum and maximum.
    case linear
    /// Colors evenly spread in `log10(f - min + floor)`, with `floor` the field's 1% quantile of
    /// `f - min` (at least `1e-6` of the range): deep valleys (Rosenbrock) show their floor.
    case logarithmic
}

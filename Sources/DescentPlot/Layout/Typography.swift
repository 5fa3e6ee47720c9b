import DescentScene

/// The text styles of a figure, all derived from the theme's base font size.
struct Typography {
    /// Figure title: bold, 1.45 x base.
    let title: TextStyle
    /// Figure subtitle: muted, 1.0 x base.
    let subtitle: TextStyle
    /// Panel title: bold, 0.95 x base.
    let panelTitle: TextStyle
    /// Axis labels: 0.9 x base.
    let axisLabel: TextStyle
    /// Tick labels: muted, 0.8 x base.
    let tick: TextStyle
    /// Legend labels: 0.92 x base.
    let legend: TextStyle
    /// Annotations on the plot (point labels, "diverged at step k"): 0.78 x base.
    let annotation: TextStyle
    /// Lengths that scale with the text: 1 at a 12 pt base size.
    let unit: Double

    init(theme: Theme) {
        let base = theme.fontSize.isFinite && theme.fontSize > 0 ? theme.fontSize : 12
        title = theme.text(size: base * 1.45, weight: .bold)
        subtitle = theme.text(size: base, color: theme.mutedForeground)
        panelTitle = theme.text(size: base * 0.95, weight: .bold)
        axisLabel = theme.text(size: base * 0.9)
        tick = theme.text(size: base * 0.8, color: theme.mutedForeground)
        legend = theme.text(size: base * 0.92)
        annotation = theme.text(size: base * 0.78)
        unit = base / 12
    }
}

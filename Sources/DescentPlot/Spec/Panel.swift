/// One plotting area with its own axes.
public enum Panel: Sendable {
    /// A contour map of a surface with optimizer paths over it.
    case contour(ContourPanel)
    /// Curves of a quantity against the step (learning rate, loss).
    case lines(LinePanel)
}

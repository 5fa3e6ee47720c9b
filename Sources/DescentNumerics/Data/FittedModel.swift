/// A data surface seen from the data side: the loss of a one-feature model `(w, b)` over a
/// `Dataset`, which can say what the model predicts for given parameters. A data-space figure
/// draws the samples and the model at chosen steps.
public protocol FittedModel {
    /// The samples the loss is taken over.
    var data: Dataset { get }
    /// The model's output at input `x` for parameters `p = (w, b)`: `w x + b` for a line,
    /// `sigma(w x + b)` for logistic regression.
    func prediction(at x: Double, parameters p: Vec2) -> Double
    /// The input where a classifier's probability crosses 1/2, `x = -b / w` (nil when `w = 0`),
    /// or nil for a regression.
    func decisionBoundary(parameters p: Vec2) -> Double?
}

extension LeastSquares: FittedModel {
    /// `w x + b`.
    public func prediction(at x: Double, parameters p: Vec2) -> Double { p.x * x + p.y }

    /// A regression has no boundary.
    public func decisionBoundary(parameters p: Vec2) -> Double? { nil }
}

extension LogisticRegression: FittedModel {
    /// `sigma(w x + b)`.
    public func prediction(at x: Double, parameters p: Vec2) -> Double { Self.sigmoid(p.x * x + p.y) }

    /// `-b / w`, where `w x + b = 0`.
    public func decisionBoundary(parameters p: Vec2) -> Double? { p.x == 0 ? nil : -p.y / p.x }
}

extension Regularized: FittedModel where Base: FittedModel {
    /// The base's samples (the penalty changes the loss, not the data).
    public var data: Dataset { base.data }

    public func prediction(at x: Double, parameters p: Vec2) -> Double { base.prediction(at: x, parameters: p) }

    public func decisionBoundary(parameters p: Vec2) -> Double? { base.decisionBoundary(parameters: p) }
}

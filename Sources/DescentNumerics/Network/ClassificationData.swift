/// Labelled points in the plane for a classifier: features `x_i = (x_i1, x_i2)` and a class
/// `y_i` in `0..<classes`.
///
/// The features are stored contiguously, sample `i` at `features[2i], features[2i+1]`.
public struct ClassificationData: Sendable, Hashable {
    /// The features, two per sample.
    public let features: [Double]
    /// The class of each sample.
    public let labels: [Int]
    /// The number of classes `k`.
    public let classes: Int

    /// Features per sample.
    public static let dimension = 2

    /// Creates a data set from points and labels (extra entries of the longer array are ignored).
    public init(points: [Vec2], labels: [Int], classes: Int) {
        let n = min(points.count, labels.count)
        features = points.prefix(n).flatMap { [$0.x, $0.y] }
        self.labels = Array(labels.prefix(n))
        self.classes = max(1, classes)
    }

    private init(features: [Double], labels: [Int], classes: Int) {
        self.features = features
        self.labels = labels
        self.classes = classes
    }

    /// The number of samples `n`.
    public var count: Int { labels.count }

    /// Sample `i`'s point.
    public func point(_ i: Int) -> Vec2 { Vec2(features[2 * i], features[2 * i + 1]) }

    /// The samples `range`, in order.
    public func subset(_ range: Range<Int>) -> ClassificationData {
        ClassificationData(
            features: Array(features[(2 * range.lowerBound)..<(2 * range.upperBound)]),
            labels: Array(labels[range]), classes: classes
        )
    }

    /// Splits off the last `round(fraction * n)` samples as a validation set (the generators
    /// draw samples independently and alternate the classes, so the tail is a random, balanced
    /// split). The training part keeps at least one sample.
    public func split(validation fraction: Double) -> (train: ClassificationData, validation: ClassificationData) {
        let held = min(max(0, Int((fraction * Double(count)).rounded())), max(0, count - 1))
        return (subset(0..<(count - held)), subset((count - held)..<count))
    }

    /// The smallest box holding every point, grown by `margin` on each side.
    public func bounds(margin: Double) -> Domain {
        var lo = Vec2(Double.infinity, Double.infinity), hi = Vec2(-Double.infinity, -Double.infinity)
        for i in 0..<count {
            let p = point(i)
            lo = Vec2(min(lo.x, p.x), min(lo.y, p.y))
            hi = Vec2(max(hi.x, p.x), max(hi.y, p.y))
        }
        guard lo.x <= hi.x else { return Domain(x: -1...1, y: -1...1) }
        return Domain(x: (lo.x - margin)...(hi.x + margin), y: (lo.y - margin)...(hi.y + margin))
    }
}

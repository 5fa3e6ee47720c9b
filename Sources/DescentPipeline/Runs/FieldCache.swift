import DescentPlot
import Foundation

/// The surface sampled over the lesson's domain, once per grid resolution, shared by every figure
/// of a compiled lesson (each map, each language, each handout) and safe to use from concurrent
/// jobs. A field depends only on the surface, the domain and the resolution, all fixed for a
/// compiled lesson, so whichever job samples it first, every job sees the same values.
public final class FieldCache: @unchecked Sendable {
    private var fields: [Int: ScalarField] = [:]
    private let lock = NSLock()

    /// An empty cache.
    public init() {}

    /// The field at `resolution` samples per side, made by `sample` the first time it is asked for.
    public func field(resolution: Int, sample: () -> ScalarField) -> ScalarField {
        lock.lock()
        let cached = fields[resolution]
        lock.unlock()
        if let cached { return cached }
        let made = sample()
        lock.lock()
        defer { lock.unlock() }
        if let first = fields[resolution] { return first }
        fields[resolution] = made
        return made
    }
}

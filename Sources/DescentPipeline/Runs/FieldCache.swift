import DescentNumerics
import DescentPlot
import Foundation

/// The surface sampled over a rectangle, once per rectangle and grid resolution, shared by every
/// figure of a compiled lesson (each map, each language, each handout) and safe to use from
/// concurrent jobs. A field depends only on the surface (fixed for a compiled lesson), the
/// rectangle (the lesson's domain, or a map's `zoom`) and the resolution, so whichever job samples
/// it first, every job sees the same values.
public final class FieldCache: @unchecked Sendable {
    private struct Key: Hashable {
        var resolution: Int
        var domain: Domain
    }

    private var fields: [Key: ScalarField] = [:]
    private let lock = NSLock()

    /// An empty cache.
    public init() {}

    /// The field over `domain` at `resolution` samples per side, made by `sample` the first time
    /// it is asked for.
    public func field(resolution: Int, domain: Domain, sample: () -> ScalarField) -> ScalarField {
        let key = Key(resolution: resolution, domain: domain)
        lock.lock()
        let cached = fields[key]
        lock.unlock()
        if let cached { return cached }
        let made = sample()
        lock.lock()
        defer { lock.unlock() }
        if let first = fields[key] { return first }
        fields[key] = made
        return made
    }
}

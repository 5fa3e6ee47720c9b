import DescentLesson
import DescentNumerics
import DescentPipeline
import Foundation

/// One `FieldCache` per surface and domain, shared by every render of a studio: moving a slider
/// changes the runs, not the surface, so the sampled background of a map is computed once and
/// reused until the lesson changes its surface or domain.
final class FieldCaches: @unchecked Sendable {
    private struct Key: Hashable {
        var surface: SurfaceChoice
        var domain: Domain?
    }

    private var caches: [Key: FieldCache] = [:]
    private let lock = NSLock()
    /// The most caches kept; past it the oldest are forgotten (an author trying many domains).
    static let limit = 64
    private var order: [Key] = []

    /// The cache for `lesson`'s surface and domain.
    func cache(for lesson: Lesson) -> FieldCache {
        let key = Key(surface: lesson.surface, domain: lesson.domain)
        return lock.withLock {
            if let cache = caches[key] { return cache }
            let cache = FieldCache()
            caches[key] = cache
            order.append(key)
            if order.count > Self.limit { caches.removeValue(forKey: order.removeFirst()) }
            return cache
        }
    }
}

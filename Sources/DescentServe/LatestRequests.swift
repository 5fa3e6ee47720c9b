import Foundation

/// Which request for a figure is the newest, per client: a page asks again each time a slider
/// moves, and a request that a later one overtook is dropped before it is rendered.
final class LatestRequests: @unchecked Sendable {
    private var latest: [String: Int] = [:]
    private var counter = 0
    private let lock = NSLock()

    /// Registers a request for `key` (client, lesson and figure) and returns its ticket.
    func begin(_ key: String) -> Int {
        lock.withLock {
            counter += 1
            latest[key] = counter
            if latest.count > 10_000 { latest = [key: counter] }
            return counter
        }
    }

    /// Whether `ticket` is still the newest request for `key`.
    func isLatest(_ key: String, _ ticket: Int) -> Bool {
        lock.withLock { latest[key] == ticket }
    }
}

import Foundation

/// Results of layout steps kept for reuse by later layouts with the same input: the frames of an
/// animation lay out the same contour bands hundreds of times, so a `FigureLayout` given a memo
/// traces them once. Values are pure functions of their key; a memo changes speed, never a scene.
///
/// Safe to share between tasks (a lock guards the table).
public final class LayoutMemo: @unchecked Sendable {
    private var values: [AnyHashable: Any] = [:]
    private let lock = NSLock()

    /// An empty memo.
    public init() {}

    /// The value kept for `key`, made by `make` (and kept) the first time.
    func value<Value>(for key: AnyHashable, _ make: () -> Value) -> Value {
        lock.lock()
        if let found = values[key] as? Value {
            lock.unlock()
            return found
        }
        lock.unlock()
        let made = make()
        lock.lock()
        values[key] = made
        lock.unlock()
        return made
    }
}

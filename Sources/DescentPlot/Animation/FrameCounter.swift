/// The step counter of an animation frame: a short text in the figure's top-right corner.
///
/// The title beside it is laid out to leave room for `widest`, the longest text the counter shows
/// in any frame, so every frame lays out its title the same way and only the counter changes.
public struct FrameCounter: Sendable, Hashable {
    /// What this frame's counter says, such as `step 12 / 60`.
    public var text: String
    /// The longest counter text of the animation, which sets the room kept for it.
    public var widest: String

    /// Creates a counter.
    public init(text: String, widest: String) {
        self.text = text
        self.widest = widest
    }
}

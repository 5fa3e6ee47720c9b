extension Scene {
    /// The scene cut in two in painting order: `head` paints the background and the first `leaves`
    /// leaf nodes, `tail` (transparent background) everything after them. Each part keeps the
    /// groups (names, clips, transforms) around its leaves, so painting `head` and then `tail` on
    /// one surface paints exactly what the whole scene paints.
    ///
    /// An animation paints the head of its frames (surface bands, axes: what does not move) once
    /// and every frame's tail over a copy of it.
    public func split(afterLeaves leaves: Int) -> (head: Scene, tail: Scene) {
        var remaining = max(0, leaves)
        let (head, tail) = root.split(remaining: &remaining)
        return (
            Scene(size: size, background: background, root: head ?? SceneGroup(root.name, clip: root.clip, transform: root.transform)),
            Scene(size: size, background: Color(red: 0, green: 0, blue: 0, alpha: 0), root: tail ?? SceneGroup(root.name, clip: root.clip, transform: root.transform))
        )
    }

    /// How many leaves, in painting order, this scene and `other` share from the start.
    public func sharedLeafPrefix(with other: Scene) -> Int {
        guard background == other.background, size == other.size else { return 0 }
        return zip(root.leaves, other.root.leaves).prefix { $0 == $1 }.count
    }
}

extension SceneGroup {
    /// This group's first `remaining` leaves (with their groups) and the rest; nil for an empty part.
    fileprivate func split(remaining: inout Int) -> (head: SceneGroup?, tail: SceneGroup?) {
        var head: [SceneNode] = [], tail: [SceneNode] = []
        for child in children {
            if remaining == 0 {
                tail.append(child)
                continue
            }
            if case .group(let group) = child {
                let parts = group.split(remaining: &remaining)
                if let first = parts.head { head.append(.group(first)) }
                if let rest = parts.tail { tail.append(.group(rest)) }
            } else {
                head.append(child)
                remaining -= 1
            }
        }
        let copy = { (nodes: [SceneNode]) in SceneGroup(name, clip: clip, transform: transform, children: nodes) }
        return (head.isEmpty ? nil : copy(head), tail.isEmpty ? nil : copy(tail))
    }
}

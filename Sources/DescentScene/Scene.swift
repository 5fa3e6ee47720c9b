/// A figure compiled to what is painted: a tree of shapes, text and images in device space.
///
/// Sizes are in points (1/72 inch); a PNG is rendered at `scale` pixels per point.
public struct Scene: Sendable, Hashable {
    /// The page size in points.
    public var size: Size
    /// The page background.
    public var background: Color
    /// The root group.
    public var root: SceneGroup

    /// Creates a scene.
    public init(size: Size, background: Color, root: SceneGroup) {
        self.size = size
        self.background = background
        self.root = root
    }
}

extension SceneGroup {
    /// Every group in this subtree (itself included) whose name satisfies `predicate`, depth first.
    public func groups(where predicate: (String) -> Bool) -> [SceneGroup] {
        var found: [SceneGroup] = predicate(name) ? [self] : []
        for child in children {
            if case .group(let g) = child { found += g.groups(where: predicate) }
        }
        return found
    }

    /// Every leaf node in this subtree, depth first.
    public var leaves: [SceneNode] {
        children.flatMap { node -> [SceneNode] in
            if case .group(let g) = node { return g.leaves }
            return [node]
        }
    }
}

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

extension Scene {
    /// The whole scene (its background as a filled rectangle, then its root) as a group whose
    /// top-left corner lands at `origin` and whose size is multiplied by `scale`, clipped to the
    /// scene's bounds: a figure placed on a page as vector graphics.
    public func placed(_ name: String, at origin: Point, scale: Double) -> SceneGroup {
        let bounds = Rect(x: 0, y: 0, width: size.width, height: size.height)
        var children: [SceneNode] = []
        if background.alpha > 0 { children.append(.shape(ShapeItem(Path(rect: bounds), fill: background))) }
        children.append(.group(root))
        return SceneGroup(name, clip: bounds, transform: SceneTransform(offset: origin, scale: scale), children: children)
    }
}

/// One node of the scene tree.
public indirect enum SceneNode: Sendable, Hashable {
    /// A filled and/or stroked path.
    case shape(ShapeItem)
    /// A text run.
    case text(TextItem)
    /// A raster image.
    case image(ImageItem)
    /// A group of nodes, optionally clipped to a rectangle, with a name for tests and debugging
    /// (`"legend"`, `"panel.contour"`, `"series.adam"`).
    case group(SceneGroup)
}

/// A named group of nodes, optionally clipped.
public struct SceneGroup: Sendable, Hashable {
    /// A name saying what the group draws; tests find parts of a figure by it.
    public var name: String
    /// Clip rectangle, or nil.
    public var clip: Rect?
    /// Children, painted in order.
    public var children: [SceneNode]

    /// Creates a group.
    public init(_ name: String, clip: Rect? = nil, children: [SceneNode] = []) {
        self.name = name
        self.clip = clip
        self.children = children
    }
}

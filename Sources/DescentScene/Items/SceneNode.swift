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

/// A named group of nodes, optionally placed with a transform and clipped.
public struct SceneGroup: Sendable, Hashable {
    /// A name saying what the group draws; tests find parts of a figure by it.
    public var name: String
    /// Clip rectangle in the group's own coordinates (after ``transform``), or nil.
    public var clip: Rect?
    /// Maps the group's coordinates into its parent's, or nil for the identity.
    public var transform: SceneTransform?
    /// Children, painted in order.
    public var children: [SceneNode]

    /// Creates a group.
    public init(_ name: String, clip: Rect? = nil, transform: SceneTransform? = nil, children: [SceneNode] = []) {
        self.name = name
        self.clip = clip
        self.transform = transform
        self.children = children
    }
}

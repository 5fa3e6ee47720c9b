import DescentScene

/// Where a figure's map is: the frame of its first image, the sampled surface that fills the
/// plot area of a contour or heatmap panel exactly, so that a click on it maps linearly to the
/// domain.
enum MapFrame {
    /// The plot rectangle of the first map in `scene`, in points, or nil when it has none.
    static func plot(in scene: Scene) -> Rect? {
        first(in: .group(scene.root))
    }

    private static func first(in node: SceneNode) -> Rect? {
        switch node {
        case .image(let image): return image.frame
        case .group(let group):
            for child in group.children { if let found = first(in: child) { return found } }
            return nil
        case .shape, .text: return nil
        }
    }
}

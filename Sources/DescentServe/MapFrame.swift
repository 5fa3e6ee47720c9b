import DescentScene

/// Where a figure's map is: the clip rectangle of its first map layer (a contour panel's color
/// bands, a heatmap's image, a basins panel's cells), which is the plot area the domain fills
/// exactly, so that a click on it maps linearly to the domain.
enum MapFrame {
    /// The names of the groups that fill a map's plot area.
    static let mapLayers: Set<String> = ["bands", "image", "cells"]

    /// The plot rectangle of the first map in `scene`, in points, or nil when it has none.
    static func plot(in scene: Scene) -> Rect? {
        first(in: .group(scene.root))
    }

    private static func first(in node: SceneNode) -> Rect? {
        guard case .group(let group) = node else { return nil }
        if mapLayers.contains(group.name), let clip = group.clip { return clip }
        for child in group.children { if let found = first(in: child) { return found } }
        return nil
    }
}

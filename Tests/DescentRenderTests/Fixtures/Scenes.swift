import DescentScene

/// Small scenes for pixel tests.
enum Scenes {
    /// A white page holding `nodes`.
    static func page(width: Double = 40, height: Double = 20, _ nodes: [SceneNode]) -> Scene {
        Scene(size: Size(width: width, height: height), background: .white, root: SceneGroup("root", children: nodes))
    }

    static let red = Color(red: 1, green: 0, blue: 0)
    static let blue = Color(red: 0, green: 0, blue: 1)
}

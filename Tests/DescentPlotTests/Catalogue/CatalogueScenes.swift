import DescentScene
@testable import DescentPlot

/// Scenes of single-panel figures for the catalogue tests.
enum CatalogueScenes {
    static let style = Theme.light.seriesStyle(at: 0)

    static func scene(_ panel: Panel, theme: Theme = .light) -> Scene {
        FigureLayout(measurer: ApproximateMeasurer()).scene(for: Figure(theme: theme, layout: .panel(panel)))
    }

    /// The bowl f = x^2 + y^2 on [-2, 2]^2.
    static let bowl = ScalarField(x: -2...2, y: -2...2, columns: 41, rows: 41) { x, y in x * x + y * y }

    /// A straight path from (-1.5, 1.5) to (0, 0) in `steps` equal steps.
    static func straightPath(steps: Int) -> (xs: [Double], ys: [Double]) {
        let ts = (0...steps).map { 1 - Double($0) / Double(steps) }
        return (ts.map { -1.5 * $0 }, ts.map { 1.5 * $0 })
    }

    static func group(_ scene: Scene, _ name: String) -> SceneGroup? {
        scene.root.groups { $0 == name }.first
    }

    static func images(in group: SceneGroup) -> [ImageItem] {
        group.leaves.compactMap { if case .image(let i) = $0 { return i } else { return nil } }
    }
}

import DescentScene
import Testing
@testable import DescentRender

/// A group's transform: children are scaled about their origin, then moved by the offset.
@Suite struct GroupTransformTests {
    /// A 40 x 40 white page with a black 5 x 5 square at the origin, in a group placed by `transform`.
    static func page(_ transform: SceneTransform?, clip: Rect? = nil) -> Scene {
        let square = SceneNode.shape(ShapeItem(Path(rect: Rect(x: 0, y: 0, width: 5, height: 5)), fill: .black))
        return Scene(size: Size(width: 40, height: 40), background: .white, root: SceneGroup("page", children: [
            .group(SceneGroup("placed", clip: clip, transform: transform, children: [square])),
        ]))
    }

    @Test func translatesThenScales() throws {
        // offset (10, 12), scale 2: the square [0, 5]^2 lands on x in [10, 20], y in [12, 22].
        let raster = try Raster(Self.page(SceneTransform(offset: Point(10, 12), scale: 2)))
        let ink = try #require(raster.inkBounds())
        #expect(ink.minX == 10 && ink.maxX == 19)
        #expect(ink.minY == 12 && ink.maxY == 21)
    }

    @Test func clipIsInTheGroupsOwnCoordinates() throws {
        // Clip [0, 2.5] x [0, 5] in group space, scale 2 at (10, 10): only x in [10, 15] is inked.
        let raster = try Raster(Self.page(SceneTransform(offset: Point(10, 10), scale: 2), clip: Rect(x: 0, y: 0, width: 2.5, height: 5)))
        let ink = try #require(raster.inkBounds())
        #expect(ink.minX == 10 && ink.maxX == 14)
        #expect(ink.minY == 10 && ink.maxY == 19)
    }

    @Test(arguments: [0.0, -1, .nan, .infinity])
    func unusableScaleHidesTheGroup(scale: Double) throws {
        let raster = try Raster(Self.page(SceneTransform(offset: Point(10, 10), scale: scale)))
        #expect(raster.inkBounds() == nil)
    }

    @Test func placedSceneKeepsItsBackgroundAndIsClippedToItsSize() throws {
        // A 10 x 10 black-background scene with a shape sticking out to 30 x 30, placed at (5, 5)
        // at scale 1.5: ink covers exactly [5, 20) on both axes.
        let figure = Scene(size: Size(width: 10, height: 10), background: .black, root: SceneGroup("figure", children: [
            .shape(ShapeItem(Path(rect: Rect(x: 0, y: 0, width: 30, height: 30)), fill: .black)),
        ]))
        let page = Scene(size: Size(width: 40, height: 40), background: .white, root: SceneGroup("page", children: [
            .group(figure.placed("figure", at: Point(5, 5), scale: 1.5)),
        ]))
        let ink = try #require(try Raster(page).inkBounds())
        #expect(ink.minX == 5 && ink.minY == 5 && ink.maxX == 19 && ink.maxY == 19)
    }

    @Test func transformMapsPointsAndRects() {
        let t = SceneTransform(offset: Point(3, 4), scale: 0.5)
        #expect(t.apply(Point(10, 20)) == Point(8, 14))
        #expect(t.apply(Rect(x: 2, y: 2, width: 10, height: 6)) == Rect(x: 4, y: 5, width: 5, height: 3))
    }
}

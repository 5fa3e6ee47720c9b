import DescentScene
import Testing
@testable import DescentRender

@Suite struct GalleryTests {
    @Test func writesSampleInAllFormats() throws {
        let directory = "/tmp/descent-render-gallery"
        let painter = ScenePainter()
        for format in OutputFormat.allCases {
            try painter.write(SampleScene.make(), to: "\(directory)/sample.\(format.fileExtension)", scale: 2)
        }
    }
}

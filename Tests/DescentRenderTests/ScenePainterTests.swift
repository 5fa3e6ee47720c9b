import Foundation
import DescentScene
import Testing
@testable import DescentRender

@Suite struct ScenePainterTests {
    let painter = ScenePainter()

    static func bigEndian(_ bytes: [UInt8], at offset: Int) -> Int {
        bytes[offset..<(offset + 4)].reduce(0) { $0 << 8 | Int($1) }
    }

    /// PNG: 8-byte signature, then the IHDR chunk (length 13, "IHDR", width, height, big-endian).
    /// Pixels per side are ceil(points * scale): 400 * 2 = 800, 300 * 2 = 600; 100.2 * 1.5 = 150.3 -> 151.
    @Test(arguments: [(400.0, 300.0, 2.0, 800, 600), (100.2, 50, 1.5, 151, 75), (10, 10, 1, 10, 10)])
    func pngHeaderHasScaledSize(width: Double, height: Double, scale: Double, pixelsWide: Int, pixelsHigh: Int) throws {
        let scene = Scene(size: Size(width: width, height: height), background: .white, root: SampleScene.make().root)
        let png = try painter.render(scene, format: .png, scale: scale)
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        #expect(String(decoding: png[12..<16], as: UTF8.self) == "IHDR")
        #expect(Self.bigEndian(png, at: 16) == pixelsWide)
        #expect(Self.bigEndian(png, at: 20) == pixelsHigh)
    }

    @Test func svgIsAnSVGDocumentInPoints() throws {
        let svg = String(decoding: try painter.render(SampleScene.make(), format: .svg), as: UTF8.self)
        #expect(svg.hasPrefix("<?xml"))
        #expect(svg.contains(#"<svg xmlns="http://www.w3.org/2000/svg""#))
        #expect(svg.contains(#"width="400pt" height="300pt""#))
        #expect(svg.hasSuffix("</svg>\n"))
    }

    @Test func pdfIsACompletePDFWithFixedDates() throws {
        let pdf = try painter.render(SampleScene.make(), format: .pdf)
        let text = String(decoding: pdf, as: UTF8.self)
        #expect(text.hasPrefix("%PDF-"))
        #expect(text.hasSuffix("%%EOF\n"))
        #expect(text.contains("/CreationDate (20000101000000Z)"))
        #expect(text.contains("/MediaBox [ 0 0 400 300 ]"))
    }

    /// The same scene gives the same bytes, from one painter twice and from a second painter
    /// (a second font map) after other surfaces were created in between.
    @Test(arguments: OutputFormat.allCases)
    func sameSceneGivesSameBytes(format: OutputFormat) throws {
        let first = try painter.render(SampleScene.make(), format: format, scale: 2)
        _ = try painter.render(Scenes.page([]), format: format)
        #expect(try painter.render(SampleScene.make(), format: format, scale: 2) == first)
        #expect(try ScenePainter().render(SampleScene.make(), format: format, scale: 2) == first)
    }

    @Test(arguments: [(0.0, 10.0, 1.0), (10, -1, 1), (.nan, 10, 1), (10, 10, 0), (10, 10, .infinity)])
    func rejectsImpossibleCanvas(width: Double, height: Double, scale: Double) {
        let scene = Scene(size: Size(width: width, height: height), background: .white, root: SceneGroup("root"))
        for format in OutputFormat.allCases {
            let error = #expect(throws: RenderError.self) { try painter.render(scene, format: format, scale: scale) }
            guard case .invalidCanvas = error else {
                Issue.record("expected invalidCanvas, got \(String(describing: error))")
                continue
            }
        }
    }

    @Test func reportsCairoLimitsAsErrors() {
        let huge = Scenes.page(width: 40_000, height: 10, [])
        #expect(throws: RenderError.self) { try painter.render(huge, format: .png) }
    }

    @Test func choosesFormatFromExtension() throws {
        #expect(try OutputFormat(path: "out/fig.SVG") == .svg)
        #expect(try OutputFormat(path: "fig.pdf") == .pdf)
        #expect(throws: RenderError.self) { try OutputFormat(path: "fig.jpeg") }
        #expect(throws: RenderError.self) { try OutputFormat(path: "dir.png/fig") }
    }

    @Test func writesSampleInEveryFormat() throws {
        let root = try ScratchFolder.make()
        defer { ScratchFolder.remove(root) }
        for format in OutputFormat.allCases {
            let path = "\(root)/figures/sample.\(format.fileExtension)"
            try painter.write(SampleScene.make(), to: path, scale: 2)
            #expect(ScratchFolder.contents(of: path) == (try painter.render(SampleScene.make(), format: format, scale: 2)))
        }
    }

    /// A write through a regular file fails with the file error, named once; nothing is left.
    @Test func failsWithAFileErrorWhenParentIsAFile() throws {
        let root = try ScratchFolder.make()
        defer { ScratchFolder.remove(root) }
        #expect(FileManager.default.createFile(atPath: "\(root)/plain", contents: Data([0])))
        do {
            try ScenePainter().write(Scenes.page([]), to: "\(root)/plain/sub/figure.png")
            Issue.record("expected a RenderError")
        } catch {
            #expect(error.description == "cannot create the folder '\(root)/plain/sub': Not a directory")
        }
        #expect(ScratchFolder.entries(of: root) == ["plain"])
    }
}

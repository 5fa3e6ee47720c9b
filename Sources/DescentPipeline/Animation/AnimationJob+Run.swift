import DescentFiles
import DescentPlot
import DescentRender
import DescentScene
import DescentVideo

extension AnimationJob {
    /// Lays out and paints every distinct frame on every core (the part of the scene that does not
    /// move is painted once; each frame paints only its tail over it, `Scene.split`), encodes
    /// them in order into each video file, lays out the PDF pages, and writes every file
    /// atomically. Nothing is written unless every file encoded.
    public func run(painter: ScenePainter) throws(BuildFailure) {
        var outputs: [(path: String, bytes: [UInt8])] = []
        do {
            if files.mp4 != nil || files.gif != nil { outputs += try videos(painter: painter) }
            if let framesPDF = files.framesPDF, let stepsPDF = files.stepsPDF, let tex = files.tex {
                let layout = FigureLayout(measurer: painter.measurer, memo: LayoutMemo())
                let pages = pageSteps()
                let frames = PDFDocument(pages: pages.steps.map { PDFPage(layout.scene(for: frame(atStep: $0))) })
                let keys = PDFDocument(pages: keySteps.map { PDFPage(layout.scene(for: frame(atStep: Double($0)))) })
                outputs.append((framesPDF, try painter.renderPDF(frames)))
                outputs.append((stepsPDF, try painter.renderPDF(keys)))
                let snippet = BeamerSnippet(framesFile: framesPDF, stepsFile: stepsPDF, fps: pages.fps, pages: pages.steps.count, keySteps: keySteps)
                outputs.append((tex, Array(snippet.text.utf8)))
            }
        } catch let error as BuildFailure {
            throw error
        } catch {
            throw BuildFailure(messages: ["error: cannot write \(files.all.first ?? "the animation"): \(error)"])
        }
        for (path, bytes) in outputs {
            do { try AtomicFile.write(bytes, to: path) } catch { throw BuildFailure(messages: ["error: \(error)"]) }
        }
    }

    /// The MP4 and GIF bytes, from one pass over the frames.
    private func videos(painter: ScenePainter) throws -> [(path: String, bytes: [UInt8])] {
        let memo = LayoutMemo()
        let held = heldFrames
        let layout = FigureLayout(measurer: painter.measurer, memo: memo)
        guard let first = held.first?.step, let last = held.last?.step else { return [] }
        let firstScene = layout.scene(for: frame(atStep: first))
        let shared = firstScene.sharedLeafPrefix(with: layout.scene(for: frame(atStep: last)))
        let head = firstScene.split(afterLeaves: shared).head
        let base = try painter.argb32(head, scale: scale)
        var mp4 = try files.mp4.map { _ in try MP4Encoder(width: base.width, height: base.height, fps: fps) }
        var gif = try files.gif.map { _ in try GIFEncoder(width: base.width, height: base.height, fps: fps) }
        let job = self, scale = self.scale
        try OrderedParallelStream.run(
            count: held.count,
            worker: { (painter: ScenePainter(), canvas: try? ARGB32Canvas(width: base.width, height: base.height)) },
            make: { (worker: inout (painter: ScenePainter, canvas: ARGB32Canvas?), i: Int) -> Result<RGBAFrame, any Error> in
                Result {
                    let scene = FigureLayout(measurer: worker.painter.measurer, memo: memo).scene(for: job.frame(atStep: held[i].step))
                    let parts = scene.split(afterLeaves: shared)
                    if parts.head == head, let canvas = worker.canvas {
                        try canvas.paint(parts.tail, scale: scale, over: base, with: worker.painter)
                        return try canvas.withPixels {
                            try RGBAFrame(premultipliedARGB32: $0, width: canvas.width, height: canvas.height, stride: canvas.stride)
                        }
                    }
                    let pixels = try worker.painter.argb32(scene, scale: scale)
                    return try pixels.bytes.withUnsafeBytes {
                        try RGBAFrame(premultipliedARGB32: $0, width: pixels.width, height: pixels.height, stride: pixels.stride)
                    }
                }
            },
            consume: { i, result in
                let frame = try result.get()
                for _ in 0..<held[i].count {
                    try mp4?.append(frame)
                    try gif?.append(frame)
                }
            }
        )
        var outputs: [(path: String, bytes: [UInt8])] = []
        if let path = files.mp4, var encoder = mp4 { outputs.append((path, try encoder.finish())) }
        if let path = files.gif, var encoder = gif { outputs.append((path, try encoder.finish())) }
        return outputs
    }
}

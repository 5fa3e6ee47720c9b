import DescentVideo
import Testing

@Suite("GIF encoder")
struct GIFEncoderTests {
    static func encode(_ frames: [RGBAFrame], fps: Int) throws -> [UInt8] {
        let first = try #require(frames.first)
        var encoder = try GIFEncoder(width: first.width, height: first.height, fps: fps)
        for frame in frames { try encoder.append(frame) }
        return try encoder.finish()
    }

    /// A `width` x `height` white frame with a filled `size` x `size` square at (`x`, `y`).
    static func square(width: Int, height: Int, x: Int, y: Int, size: Int, color: (UInt8, UInt8, UInt8)) throws -> RGBAFrame {
        var canvas = Canvas(width: width, height: height)
        for row in y..<(y + size) {
            for column in x..<(x + size) { canvas.fill(x: column, y: row, color: color) }
        }
        return try RGBAFrame(width: width, height: height, bytes: canvas.bytes)
    }

    @Test("Loops forever, keeps every frame and the size, and each frame lasts 1/fps on average")
    func loopFramesAndTiming() throws {
        let frames = try SyntheticFigure(width: 200, height: 120, frameCount: 30).frames()
        let probe = try GIFProbe(bytes: try Self.encode(frames, fps: 30))
        #expect(probe.loopCount == 0)
        #expect(probe.width == 200 && probe.height == 120)
        #expect(probe.frames.count == 30)
        // Frame i lasts round(100 (i+1) / 30) - round(100 i / 30) hundredths: 3, 4, 3, 3, 4, 3, ...
        #expect(probe.frames.prefix(6).map(\.delay) == [3, 4, 3, 3, 4, 3])
        #expect(probe.frames.map(\.delay).reduce(0, +) == 100)
        #expect(probe.frames.allSatisfy { $0.disposal == 1 })
    }

    @Test("A figure with few colors decodes to exactly its pixels")
    func fewColorsExact() throws {
        let frames = try (0..<8).map { try Self.square(width: 64, height: 48, x: 4 + 3 * $0, y: 10, size: 12, color: (214, 39, 40)) }
        let probe = try GIFProbe(bytes: try Self.encode(frames, fps: 10))
        #expect(probe.composed.count == frames.count)
        for (decoded, input) in zip(probe.composed, frames) {
            #expect(decoded == input.bytes)
        }
    }

    @Test("An antialiased figure decodes to the palette color nearest each input pixel")
    func withinPaletteError() throws {
        let frames = try SyntheticFigure(width: 240, height: 135, frameCount: 20).frames()
        let probe = try GIFProbe(bytes: try Self.encode(frames, fps: 20))
        let transparent = try #require(probe.frames.first?.transparentIndex)
        let colors = probe.palette.prefix(transparent)
        func distance(_ a: (UInt8, UInt8, UInt8), _ b: (UInt8, UInt8, UInt8)) -> Int {
            let dr = Int(a.0) - Int(b.0), dg = Int(a.1) - Int(b.1), db = Int(a.2) - Int(b.2)
            return dr * dr + dg * dg + db * db
        }
        var nearestDistance: [[UInt8]: Int] = [:]
        var mismatches = 0
        var worst = 0
        for (decoded, input) in zip(probe.composed, frames) {
            for pixel in stride(from: 0, to: input.bytes.count, by: 4) {
                let wanted = (input.bytes[pixel], input.bytes[pixel + 1], input.bytes[pixel + 2])
                let got = (decoded[pixel], decoded[pixel + 1], decoded[pixel + 2])
                let key = [wanted.0, wanted.1, wanted.2]
                let nearest = nearestDistance[key] ?? (colors.map { distance($0, wanted) }.min() ?? 0)
                nearestDistance[key] = nearest
                if distance(got, wanted) != nearest { mismatches += 1 }
                worst = max(worst, distance(got, wanted))
            }
        }
        #expect(mismatches == 0)
        // The flat colors are exact, so the worst error is on a blended edge pixel; bound it loosely
        // (a distance of 24 in every channel).
        #expect(worst <= 3 * 24 * 24)
    }

    @Test("Only the changed rectangle is stored; a repeated frame is one transparent pixel")
    func changedRectangles() throws {
        let first = try Self.square(width: 100, height: 80, x: 10, y: 20, size: 10, color: (31, 119, 180))
        let moved = try Self.square(width: 100, height: 80, x: 14, y: 22, size: 10, color: (31, 119, 180))
        let probe = try GIFProbe(bytes: try Self.encode([first, moved, moved], fps: 10))
        #expect(probe.frames.count == 3)
        let frames = probe.frames
        #expect([frames[0].left, frames[0].top, frames[0].width, frames[0].height] == [0, 0, 100, 80])
        // Old square x 10..<20, y 20..<30; new x 14..<24, y 22..<32: union x 10..<24, y 20..<32.
        #expect([frames[1].left, frames[1].top, frames[1].width, frames[1].height] == [10, 20, 14, 12])
        #expect([frames[2].width, frames[2].height] == [1, 1])
        #expect(probe.composed[2] == moved.bytes)
    }

    @Test("The same frames give the same bytes")
    func deterministic() throws {
        let frames = try SyntheticFigure(width: 160, height: 90, frameCount: 15).frames()
        let first = try Self.encode(frames, fps: 15)
        let second = try Self.encode(frames, fps: 15)
        #expect(first.count > 100)
        #expect(first == second)
    }

    @Test("A 10 s race at 960x540 and 30 fps stays under 2 MB")
    func raceSize() throws {
        let figure = SyntheticFigure(width: 960, height: 540, frameCount: 300)
        var encoder = try GIFEncoder(width: 960, height: 540, fps: 30)
        try figure.forEachFrame { try encoder.append($0) }
        let bytes = try encoder.finish()
        #expect(bytes.count < 2_000_000)
    }

    @Test("Rates above 50 fps, empty sizes and mismatched frames are rejected")
    func rejectsBadInput() throws {
        #expect(throws: VideoEncodingError.invalidConfiguration(
            "a GIF frame rate must be 1 to 50 frames per second (browsers slow shorter frames down to 0.1 s), got 60")) {
            try GIFEncoder(width: 100, height: 100, fps: 60)
        }
        #expect(throws: VideoEncodingError.invalidConfiguration("a GIF must be 1 to 65535 pixels on each side, got 100x0")) {
            try GIFEncoder(width: 100, height: 0, fps: 10)
        }
        var encoder = try GIFEncoder(width: 8, height: 8, fps: 10)
        #expect(throws: VideoEncodingError.noFrames) { try encoder.finish() }
        let wrong = try RGBAFrame(width: 8, height: 4, bytes: [UInt8](repeating: 0, count: 8 * 4 * 4))
        #expect(throws: VideoEncodingError.frameSizeMismatch(expected: (8, 8), got: (8, 4), frameIndex: 0)) {
            try encoder.append(wrong)
        }
    }
}

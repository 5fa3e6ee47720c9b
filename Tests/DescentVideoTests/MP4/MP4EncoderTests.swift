import CDescentAV
@testable import DescentVideo
import Testing

@Suite("MP4 encoder")
struct MP4EncoderTests {
    static func encode(_ figure: SyntheticFigure, fps: Int) throws -> [UInt8] {
        var encoder = try MP4Encoder(width: figure.width, height: figure.height, fps: fps)
        try figure.forEachFrame { try encoder.append($0) }
        return try encoder.finish()
    }

    @Test("Decodes back as H.264 yuv420p with every frame, the size, a constant rate and the duration")
    func decodesBack() throws {
        let figure = SyntheticFigure(width: 320, height: 180, frameCount: 45)
        let probe = try MP4Probe(bytes: try Self.encode(figure, fps: 30))
        #expect(probe.codecName == "h264")
        #expect(probe.width == 320 && probe.height == 180)
        #expect(probe.pixelFormat == AV_PIX_FMT_YUV420P)
        #expect(probe.decodedFrames == 45)
        #expect(probe.averageFrameRate.num == 30 && probe.averageFrameRate.den == 1)
        #expect(probe.realFrameRate.num == 30 && probe.realFrameRate.den == 1)
        // 45 frames of 1/30 s each: 1.5 s.
        #expect(abs(probe.durationSeconds - 1.5) < 1e-9)
        // Constant frame rate: frame i is shown at i/30 s.
        let expectedTimes = (0..<45).map { Double($0) / 30 }
        #expect(probe.frameTimes.count == 45)
        #expect(zip(probe.frameTimes, expectedTimes).allSatisfy { abs($0 - $1) < 1e-9 })
    }

    @Test("Faststart: the moov index comes before the mdat data")
    func moovBeforeMdat() throws {
        let bytes = try Self.encode(SyntheticFigure(width: 160, height: 90, frameCount: 10), fps: 25)
        let boxes = MP4Probe.topLevelBoxes(bytes)
        let moov = try #require(boxes.firstIndex(of: "moov"))
        let mdat = try #require(boxes.firstIndex(of: "mdat"))
        #expect(boxes.first == "ftyp")
        #expect(moov < mdat)
    }

    @Test("The same frames give the same bytes")
    func deterministic() throws {
        let figure = SyntheticFigure(width: 256, height: 144, frameCount: 30)
        let first = try Self.encode(figure, fps: 30)
        let second = try Self.encode(figure, fps: 30)
        #expect(first.count > 1000)
        #expect(first == second)
    }

    @Test("The pixels survive: the decoded background and band luma match BT.709 limited range")
    func lumaMatches() throws {
        let figure = SyntheticFigure(width: 320, height: 180, frameCount: 3)
        let probe = try MP4Probe(bytes: try Self.encode(figure, fps: 30))
        // White margin (255, 255, 255): Y = 16 + 219 * 1 = 235.
        #expect(abs(Int(probe.firstLuma[5 * 320 + 5]) - 235) <= 2)
        // First band (247, 251, 255): Y = 16 + 219 * (0.2126*247 + 0.7152*251 + 0.0722*255) / 255 = 231.2.
        #expect(abs(Int(probe.firstLuma[42 * 320 + 200]) - 231) <= 2)
        // Last band (66, 146, 198): BT.709 gives 16 + 219 * 132.75 / 255 = 130.0 (BT.601 would give 125.9).
        #expect(abs(Int(probe.firstLuma[135 * 320 + 200]) - 130) <= 2)
    }

    @Test("Lossless (crf 0): every decoded luma plane equals the conversion of its whole input frame")
    func changedRowsOnly() throws {
        // The encoder converts only rows that changed since the previous frame; decoding a lossless
        // stream shows whether the kept rows are right.
        let figure = SyntheticFigure(width: 96, height: 64, frameCount: 12)
        var encoder = try MP4Encoder(width: 96, height: 64, fps: 12, crf: 0)
        let frames = try figure.frames()
        for frame in frames { try encoder.append(frame) }
        let probe = try MP4Probe(bytes: try encoder.finish())
        #expect(probe.lumaPlanes.count == frames.count)
        for (decoded, frame) in zip(probe.lumaPlanes, frames) {
            var luma = [UInt8](repeating: 0, count: 96 * 64)
            var blue = [UInt8](repeating: 0, count: 48 * 32)
            var red = blue
            frame.bytes.withUnsafeBufferPointer { pixels in
                luma.withUnsafeMutableBufferPointer { y in
                    blue.withUnsafeMutableBufferPointer { u in
                        red.withUnsafeMutableBufferPointer { v in
                            if let base = pixels.baseAddress, let y = y.baseAddress, let u = u.baseAddress, let v = v.baseAddress {
                                YUV420Conversion.convert(rgba: base, width: 96, height: 64, luma: y, lumaStride: 96, blue: u, blueStride: 48, red: v, redStride: 48)
                            }
                        }
                    }
                }
            }
            #expect(decoded == luma)
        }
    }

    @Test("Odd sizes are padded to even by repeating the last column and row")
    func oddSizePadded() throws {
        var encoder = try MP4Encoder(width: 161, height: 91, fps: 10)
        #expect(encoder.encodedWidth == 162 && encoder.encodedHeight == 92)
        let figure = SyntheticFigure(width: 161, height: 91, frameCount: 5)
        try figure.forEachFrame { try encoder.append($0) }
        let probe = try MP4Probe(bytes: try encoder.finish())
        #expect(probe.width == 162 && probe.height == 92)
        #expect(probe.decodedFrames == 5)
    }

    @Test("One frame of one pixel: padded to 2x2, lasting 1/fps")
    func smallest() throws {
        var encoder = try MP4Encoder(width: 1, height: 1, fps: 4)
        try encoder.append(try RGBAFrame(width: 1, height: 1, bytes: [200, 100, 50, 255]))
        let probe = try MP4Probe(bytes: try encoder.finish())
        #expect(probe.width == 2 && probe.height == 2)
        #expect(probe.decodedFrames == 1)
        #expect(abs(probe.durationSeconds - 0.25) < 1e-9)
    }

    @Test("Bad sizes, rates and frames are rejected with a message naming what is expected")
    func rejectsBadInput() throws {
        #expect(throws: VideoEncodingError.invalidConfiguration("an MP4 animation must be 1 to 8192 pixels on each side, got 0x100")) {
            try MP4Encoder(width: 0, height: 100, fps: 30)
        }
        #expect(throws: VideoEncodingError.invalidConfiguration("an MP4 frame rate must be 1 to 120 frames per second, got 0")) {
            try MP4Encoder(width: 100, height: 100, fps: 0)
        }
        var encoder = try MP4Encoder(width: 64, height: 64, fps: 30)
        #expect(throws: VideoEncodingError.noFrames) { try encoder.finish() }
        let wrong = try RGBAFrame(width: 32, height: 64, bytes: [UInt8](repeating: 0, count: 32 * 64 * 4))
        #expect(throws: VideoEncodingError.frameSizeMismatch(expected: (64, 64), got: (32, 64), frameIndex: 0)) {
            try encoder.append(wrong)
        }
        #expect(
            VideoEncodingError.frameSizeMismatch(expected: (64, 64), got: (32, 64), frameIndex: 0).description
                == "frame 0 is 32x64 pixels, expected 64x64 like the encoder (every frame of an animation has the same size)")
        #expect(throws: VideoEncodingError.invalidFrame("a 2x2 RGBA frame needs 2x2x4 bytes, got 3")) {
            try RGBAFrame(width: 2, height: 2, bytes: [0, 0, 0])
        }
    }
}

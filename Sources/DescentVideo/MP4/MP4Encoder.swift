import Foundation

/// Encodes frames as an H.264 MP4 that plays in PowerPoint, Keynote, Google Slides and browsers:
/// yuv420p, constant frame rate, even dimensions, `moov` before `mdat` (faststart).
///
/// Encoding goes through libavformat and libavcodec (libx264), loaded as libraries when the first MP4
/// is encoded (`FFmpegLibraries`); no `ffmpeg` process is started. RGB to YUV is `YUV420Conversion` (integer BT.709). The same frames give the same bytes (see `H264Muxer`).
///
/// H.264 in 4:2:0 needs even sides. An odd `width` or `height` is padded by one column or row that
/// repeats the last one, so a 961x541 figure is stored as 962x542 (`encodedWidth`, `encodedHeight`).
///
/// libavformat's faststart pass reopens the file it wrote, so the encoder writes into a private
/// temporary file, and `finish()` reads it back, removes it and returns the bytes: the caller writes
/// them atomically to the destination.
public struct MP4Encoder: FrameEncoder {
    public let width: Int
    public let height: Int
    public let fps: Int
    /// Stored width: `width` rounded up to even.
    public let encodedWidth: Int
    /// Stored height: `height` rounded up to even.
    public let encodedHeight: Int
    /// x264's constant rate factor (0 lossless ... 51 worst); 18 is visually lossless for figures.
    public let crf: Int
    private let muxer: H264Muxer
    private var frameCount = 0
    private var isFinished = false
    /// The last frame as encoded (padded when a side is odd), to convert only changed rows.
    private var previous: [UInt8]?

    /// Sides accepted: 2...8192 pixels (H.264 level 6.2 allows up to 8192x4320).
    public static let sideRange = 1...8192
    /// Frame rates accepted, in frames per second.
    public static let fpsRange = 1...120

    /// An encoder of `width` x `height` frames shown at `fps` frames per second.
    ///
    /// - Parameters:
    ///   - crf: x264's constant rate factor, 0...51 (lower is better and larger).
    ///   - preset: x264's speed preset; `veryfast` encodes 300 frames of a 1280x720 figure in about
    ///     1.2 s of one core.
    /// - Throws: `VideoEncodingError.invalidConfiguration` for sizes or rates outside
    ///   `sideRange` / `fpsRange`, `.library` when libavformat or libx264 cannot be set up.
    public init(width: Int, height: Int, fps: Int, crf: Int = 18, preset: X264Preset = .veryfast) throws {
        guard Self.sideRange.contains(width), Self.sideRange.contains(height) else {
            throw VideoEncodingError.invalidConfiguration(
                "an MP4 animation must be 1 to 8192 pixels on each side, got \(width)x\(height)")
        }
        guard Self.fpsRange.contains(fps) else {
            throw VideoEncodingError.invalidConfiguration("an MP4 frame rate must be 1 to 120 frames per second, got \(fps)")
        }
        guard (0...51).contains(crf) else {
            throw VideoEncodingError.invalidConfiguration("x264's crf must be 0 to 51, got \(crf)")
        }
        self.width = width
        self.height = height
        self.fps = fps
        self.crf = crf
        encodedWidth = width + width % 2
        encodedHeight = height + height % 2
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("descent-\(UUID().uuidString).mp4").path
        muxer = try H264Muxer(
            path: path, encodedWidth: encodedWidth, encodedHeight: encodedHeight,
            fps: fps, crf: crf, preset: preset)
    }

    public mutating func append(_ frame: RGBAFrame) throws {
        guard !isFinished else { throw VideoEncodingError.finished }
        guard frame.width == width, frame.height == height else {
            throw VideoEncodingError.frameSizeMismatch(
                expected: (width, height), got: (frame.width, frame.height), frameIndex: frameCount)
        }
        let pixels = encodedWidth == width && encodedHeight == height ? frame.bytes : paddedToEven(frame)
        try muxer.encode(rgba: pixels, previous: previous, index: frameCount)
        previous = pixels
        frameCount += 1
    }

    public mutating func finish() throws -> [UInt8] {
        guard !isFinished else { throw VideoEncodingError.finished }
        guard frameCount > 0 else { throw VideoEncodingError.noFrames }
        isFinished = true
        try muxer.finish()
        let url = URL(fileURLWithPath: muxer.path)
        defer { try? FileManager.default.removeItem(at: url) }
        do {
            return [UInt8](try Data(contentsOf: url))
        } catch {
            throw VideoEncodingError.library(operation: "reading back \(muxer.path)", message: "\(error)")
        }
    }

    /// `frame` copied to `encodedWidth` x `encodedHeight`, the last column and row repeated into the
    /// padding.
    private func paddedToEven(_ frame: RGBAFrame) -> [UInt8] {
        let rowBytes = width * 4
        let paddedRowBytes = encodedWidth * 4
        var padded = [UInt8](repeating: 0, count: paddedRowBytes * encodedHeight)
        padded.withUnsafeMutableBufferPointer { destination in
            frame.bytes.withUnsafeBufferPointer { source in
                for row in 0..<encodedHeight {
                    let sourceRow = min(row, height - 1) * rowBytes
                    let destinationRow = row * paddedRowBytes
                    for offset in 0..<rowBytes {
                        destination[destinationRow + offset] = source[sourceRow + offset]
                    }
                    for offset in rowBytes..<paddedRowBytes {
                        destination[destinationRow + offset] = source[sourceRow + offset - 4]
                    }
                }
            }
        }
        return padded
    }
}

/// Encodes frames as a GIF that loops forever, with one palette chosen for the whole animation and
/// only the changed rectangle of each frame stored.
///
/// How a frame is stored: the smallest rectangle holding every pixel that differs from the previous
/// frame (a whole first frame; a 1x1 rectangle for a frame equal to the previous one). Inside the
/// rectangle, pixels equal to the previous frame get the transparent index, and the disposal method
/// "do not dispose" leaves the previous frame visible through them: for lines moving over flat bands,
/// the stored pixels are mostly one long run of the transparent index, which LZW compresses to little.
///
/// The palette is global (`VarianceCutPalette`, at most 255 colors plus the transparent index), so
/// `append` keeps each frame's changed rectangle and counts its colors, and `finish()` quantizes and
/// writes the file with giflib. Memory is the sum of the changed rectangles (4 bytes per pixel).
///
/// Timing: GIF delays are hundredths of a second, so frame `i` is shown from
/// `round(100 i / fps)` to `round(100 (i + 1) / fps)` hundredths: at 30 fps delays 3, 4, 3, 3, 4, 3...
/// keep the animation's length exact.
///
/// Deterministic: the same frames give the same bytes. `finish()` returns the bytes; the caller writes
/// them atomically to the destination.
public struct GIFEncoder: FrameEncoder, Sendable {
    public let width: Int
    public let height: Int
    public let fps: Int

    /// Frame rates accepted: browsers show GIF delays under 0.02 s as 0.1 s, so at most 50.
    public static let fpsRange = 1...50
    /// Sides accepted (the GIF format stores them in 16 bits).
    public static let sideRange = 1...65535
    /// Marks a pixel equal to the previous frame's in a stored rectangle (real colors are `0x00RRGGBB`).
    static let unchanged: UInt32 = 0xFFFF_FFFF

    private struct StoredFrame {
        let rectangle: PixelRectangle
        /// `0x00RRGGBB` colors or `unchanged`, row by row.
        let pixels: [UInt32]
    }

    private var previous: [UInt32] = []
    private var frames: [StoredFrame] = []
    private var histogram: [UInt32: Int] = [:]
    private var isFinished = false

    /// An encoder of `width` x `height` frames shown at `fps` frames per second.
    ///
    /// - Throws: `VideoEncodingError.invalidConfiguration` for sizes or rates outside `sideRange` /
    ///   `fpsRange`.
    public init(width: Int, height: Int, fps: Int) throws {
        guard Self.sideRange.contains(width), Self.sideRange.contains(height) else {
            throw VideoEncodingError.invalidConfiguration("a GIF must be 1 to 65535 pixels on each side, got \(width)x\(height)")
        }
        guard Self.fpsRange.contains(fps) else {
            throw VideoEncodingError.invalidConfiguration(
                "a GIF frame rate must be 1 to 50 frames per second (browsers slow shorter frames down to 0.1 s), got \(fps)")
        }
        self.width = width
        self.height = height
        self.fps = fps
    }

    public mutating func append(_ frame: RGBAFrame) throws {
        guard !isFinished else { throw VideoEncodingError.finished }
        guard frame.width == width, frame.height == height else {
            throw VideoEncodingError.frameSizeMismatch(
                expected: (width, height), got: (frame.width, frame.height), frameIndex: frames.count)
        }
        let current = Self.packedRGB(frame.bytes)
        let stored: StoredFrame
        if previous.isEmpty {
            stored = StoredFrame(rectangle: PixelRectangle(x: 0, y: 0, width: width, height: height), pixels: current)
        } else {
            let changed = previous.withUnsafeBufferPointer { old in
                current.withUnsafeBufferPointer { new in
                    PixelRectangle.changed(from: old, to: new, width: width, height: height)
                }
            }
            if let changed {
                stored = StoredFrame(rectangle: changed, pixels: crop(current, to: changed))
            } else {
                stored = StoredFrame(rectangle: PixelRectangle(x: 0, y: 0, width: 1, height: 1), pixels: [Self.unchanged])
            }
        }
        count(stored.pixels)
        frames.append(stored)
        previous = current
    }

    public mutating func finish() throws -> [UInt8] {
        guard !isFinished else { throw VideoEncodingError.finished }
        guard !frames.isEmpty else { throw VideoEncodingError.noFrames }
        isFinished = true
        let palette = VarianceCutPalette(histogram: histogram, maxColors: 255)
        let transparentIndex = palette.colors.count
        let writer = try GIFWriter(width: width, height: height, palette: palette.colors + [0])
        try writer.loopForever()
        for (position, frame) in frames.enumerated() {
            var indices = [UInt8](repeating: UInt8(transparentIndex), count: frame.pixels.count)
            var lastColor = Self.unchanged
            var lastIndex = UInt8(transparentIndex)
            for (offset, color) in frame.pixels.enumerated() {
                if color != lastColor {
                    lastColor = color
                    lastIndex = color == Self.unchanged ? UInt8(transparentIndex) : palette.indexOfColor[color] ?? 0
                }
                indices[offset] = lastIndex
            }
            let start = (100 * position + fps / 2) / fps
            let end = (100 * (position + 1) + fps / 2) / fps
            try writer.putFrame(rectangle: frame.rectangle, indices: indices, delay: end - start, transparentIndex: transparentIndex)
        }
        frames = []
        previous = []
        try writer.close()
        return writer.bytes
    }

    /// RGBA bytes as `0x00RRGGBB` words (alpha dropped: frames are opaque).
    private static func packedRGB(_ bytes: [UInt8]) -> [UInt32] {
        let count = bytes.count / 4
        return [UInt32](unsafeUninitializedCapacity: count) { packed, initialized in
            bytes.withUnsafeBufferPointer { source in
                for pixel in 0..<count {
                    let base = pixel * 4
                    packed[pixel] = UInt32(source[base]) << 16 | UInt32(source[base + 1]) << 8 | UInt32(source[base + 2])
                }
            }
            initialized = count
        }
    }

    /// The pixels of `rectangle` in `current`, with `unchanged` where they equal the previous frame.
    private func crop(_ current: [UInt32], to rectangle: PixelRectangle) -> [UInt32] {
        var pixels = [UInt32]()
        pixels.reserveCapacity(rectangle.width * rectangle.height)
        for row in rectangle.y..<(rectangle.y + rectangle.height) {
            let start = row * width + rectangle.x
            for column in start..<(start + rectangle.width) {
                pixels.append(current[column] == previous[column] ? Self.unchanged : current[column])
            }
        }
        return pixels
    }

    /// Adds the colors of `pixels` to the histogram, one dictionary update per run of equal pixels.
    private mutating func count(_ pixels: [UInt32]) {
        var runColor = Self.unchanged
        var runLength = 0
        for color in pixels {
            if color == runColor {
                runLength += 1
                continue
            }
            if runColor != Self.unchanged { histogram[runColor, default: 0] += runLength }
            runColor = color
            runLength = 1
        }
        if runColor != Self.unchanged { histogram[runColor, default: 0] += runLength }
    }
}

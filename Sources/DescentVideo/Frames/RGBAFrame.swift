/// One picture of an animation: `width * height` pixels, row by row from the top, four bytes each
/// in the order red, green, blue, alpha (8 bits per channel, alpha not premultiplied).
///
/// Encoders treat frames as opaque: alpha is ignored (figures are painted on an opaque background).
public struct RGBAFrame: Sendable, Equatable {
    /// Pixels per row.
    public let width: Int
    /// Rows.
    public let height: Int
    /// `width * height * 4` bytes, RGBA, top row first.
    public let bytes: [UInt8]

    /// A frame of the given size whose `bytes` are RGBA pixels, top row first.
    ///
    /// - Throws: `VideoEncodingError.invalidFrame` when a side is not positive or the byte count is
    ///   not `width * height * 4`.
    public init(width: Int, height: Int, bytes: [UInt8]) throws {
        guard width > 0, height > 0 else {
            throw VideoEncodingError.invalidFrame("a frame must be at least 1x1 pixels, got \(width)x\(height)")
        }
        let (pixels, overflow) = width.multipliedReportingOverflow(by: height)
        guard !overflow, pixels <= Int.max / 4, bytes.count == pixels * 4 else {
            throw VideoEncodingError.invalidFrame(
                "a \(width)x\(height) RGBA frame needs \(width)x\(height)x4 bytes, got \(bytes.count)")
        }
        self.width = width
        self.height = height
        self.bytes = bytes
    }
}

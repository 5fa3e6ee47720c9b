extension RGBAFrame {
    /// A frame from pixels in Cairo's `CAIRO_FORMAT_ARGB32` layout: each pixel one native-endian
    /// 32-bit word `A << 24 | R << 16 | G << 8 | B` with R, G, B premultiplied by alpha, rows `stride`
    /// bytes apart (as `cairo_image_surface_get_data` and `cairo_image_surface_get_stride` give them).
    ///
    /// Un-premultiplies each channel: `c = round(255 c' / a)` for `0 < a < 255` (clamped to 255),
    /// `c = c'` for `a = 255`, and `c = 0` for `a = 0`. Opaque figures (`a = 255` everywhere) are only
    /// reordered.
    ///
    /// - Throws: `VideoEncodingError.invalidFrame` when a side is not positive, `stride` is shorter than
    ///   a row, or `pixels` holds fewer than `stride * (height - 1) + 4 * width` bytes.
    public init(premultipliedARGB32 pixels: UnsafeRawBufferPointer, width: Int, height: Int, stride: Int) throws {
        guard width > 0, height > 0 else {
            throw VideoEncodingError.invalidFrame("a frame must be at least 1x1 pixels, got \(width)x\(height)")
        }
        guard stride >= 4 * width, pixels.count >= stride * (height - 1) + 4 * width else {
            throw VideoEncodingError.invalidFrame(
                "an ARGB32 image of \(width)x\(height) pixels with rows \(stride) bytes apart needs a stride of at least "
                    + "\(4 * width) and \(stride * (height - 1) + 4 * width) bytes, got \(pixels.count)")
        }
        let bytes = [UInt8](unsafeUninitializedCapacity: width * height * 4) { output, initialized in
            guard let source = pixels.baseAddress, let target = UnsafeMutableRawPointer(output.baseAddress) else { return }
            for row in 0..<height {
                let sourceRow = source + row * stride
                let targetRow = target + row * width * 4
                for column in 0..<width {
                    let word = sourceRow.loadUnaligned(fromByteOffset: column * 4, as: UInt32.self)
                    let alpha = word >> 24
                    var red = (word >> 16) & 0xFF, green = (word >> 8) & 0xFF, blue = word & 0xFF
                    if alpha != 255 {
                        red = Self.straight(red, alpha: alpha)
                        green = Self.straight(green, alpha: alpha)
                        blue = Self.straight(blue, alpha: alpha)
                    }
                    // Bytes R, G, B, A in memory order.
                    let rgba = red | green << 8 | blue << 16 | alpha << 24
                    targetRow.storeBytes(of: rgba.littleEndian, toByteOffset: column * 4, as: UInt32.self)
                }
            }
            initialized = width * height * 4
        }
        try self.init(width: width, height: height, bytes: bytes)
    }

    /// `round(255 c' / a)` clamped to 255, and 0 when `a = 0`, for `a < 255`.
    private static func straight(_ premultiplied: UInt32, alpha: UInt32) -> UInt32 {
        guard alpha > 0 else { return 0 }
        return min(255, (255 * premultiplied + alpha / 2) / alpha)
    }
}

import CDescentGIF

/// One giflib encoder writing a GIF89a into memory through `EGifOpen`'s output callback.
///
/// Owns the `GifFileType` and closes it in `deinit`. Not Sendable: keep it confined to one task.
final class GIFWriter {
    /// The bytes written so far (the whole file after `close()`).
    private(set) var bytes: [UInt8] = []
    private var gif: UnsafeMutablePointer<GifFileType>?
    /// giflib's functions (`GIFLibrary`).
    private let giflib: DescentGIFFunctions

    /// Starts a GIF89a of `width` x `height` pixels with `palette` (`0x00RRGGBB` colors, padded with
    /// black to a power of two, at most 256) as its global color table.
    init(width: Int, height: Int, palette: [UInt32]) throws {
        giflib = try GIFLibrary.functions()
        var error: Int32 = 0
        let opened = giflib.EGifOpen(nil, { file, data, length in
            guard let file, let data, let sink = file.pointee.UserData else { return 0 }
            let writer = Unmanaged<GIFWriter>.fromOpaque(sink).takeUnretainedValue()
            writer.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
            return length
        }, &error)
        guard let opened else { throw Self.failure("starting the GIF", code: error, giflib) }
        gif = opened
        opened.pointee.UserData = Unmanaged.passUnretained(self).toOpaque()
        giflib.EGifSetGifVersion(opened, true)

        var tableSize = 2
        while tableSize < palette.count { tableSize *= 2 }
        var entries = [GifColorType](repeating: GifColorType(Red: 0, Green: 0, Blue: 0), count: tableSize)
        for (position, color) in palette.enumerated() {
            entries[position] = GifColorType(Red: UInt8((color >> 16) & 0xFF), Green: UInt8((color >> 8) & 0xFF), Blue: UInt8(color & 0xFF))
        }
        guard let map = giflib.GifMakeMapObject(Int32(tableSize), &entries) else {
            throw VideoEncodingError.library(operation: "building the GIF color table", message: "out of memory")
        }
        defer { giflib.GifFreeMapObject(map) }
        try check(giflib.EGifPutScreenDesc(opened, Int32(width), Int32(height), 8, 0, map), "writing the GIF screen descriptor")
    }

    /// Writes the NETSCAPE2.0 application extension with loop count 0: the animation repeats forever.
    func loopForever() throws {
        guard let gif else { throw VideoEncodingError.finished }
        try check(giflib.EGifPutExtensionLeader(gif, APPLICATION_EXT_FUNC_CODE), "writing the loop extension")
        var identifier = Array("NETSCAPE2.0".utf8)
        try check(giflib.EGifPutExtensionBlock(gif, 11, &identifier), "writing the loop extension")
        var loop: [UInt8] = [1, 0, 0]
        try check(giflib.EGifPutExtensionBlock(gif, 3, &loop), "writing the loop extension")
        try check(giflib.EGifPutExtensionTrailer(gif), "writing the loop extension")
    }

    /// Writes one frame: a graphic control extension (shown for `delay` hundredths of a second, left
    /// in place for the next frame, `transparentIndex` showing the previous frame through) and the
    /// image of `rectangle`, whose `indices` are row by row.
    func putFrame(rectangle: PixelRectangle, indices: [UInt8], delay: Int, transparentIndex: Int) throws {
        guard let gif else { throw VideoEncodingError.finished }
        var control = GraphicsControlBlock(
            DisposalMode: DISPOSE_DO_NOT, UserInputFlag: false, DelayTime: Int32(delay), TransparentColor: Int32(transparentIndex))
        var extensionBytes = [UInt8](repeating: 0, count: 4)
        let length = giflib.EGifGCBToExtension(&control, &extensionBytes)
        try check(giflib.EGifPutExtension(gif, GRAPHICS_EXT_FUNC_CODE, Int32(length), &extensionBytes), "writing a frame's timing")
        try check(
            giflib.EGifPutImageDesc(gif, Int32(rectangle.x), Int32(rectangle.y), Int32(rectangle.width), Int32(rectangle.height), false, nil),
            "writing a frame's position")
        var pixels = indices
        try check(giflib.EGifPutLine(gif, &pixels, Int32(pixels.count)), "compressing a frame")
    }

    /// Writes the trailer and frees giflib's state; `bytes` is then the complete file.
    func close() throws {
        guard let file = gif else { throw VideoEncodingError.finished }
        gif = nil
        var error: Int32 = 0
        if giflib.EGifCloseFile(file, &error) == GIF_ERROR {
            throw Self.failure("finishing the GIF", code: error, giflib)
        }
    }

    private func check(_ status: Int32, _ operation: String) throws {
        if status == GIF_ERROR {
            throw Self.failure(operation, code: gif?.pointee.Error ?? 0, giflib)
        }
    }

    private static func failure(_ operation: String, code: Int32, _ giflib: DescentGIFFunctions) -> VideoEncodingError {
        let message = giflib.GifErrorString(code).map { String(cString: $0) } ?? "giflib error \(code)"
        return .library(operation: operation, message: message)
    }

    deinit {
        if let gif {
            var error: Int32 = 0
            _ = giflib.EGifCloseFile(gif, &error)
        }
    }
}

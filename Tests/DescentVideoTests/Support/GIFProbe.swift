import CDescentGIF

/// What giflib's decoder (`DGifOpen`, `DGifSlurp`) reads back from a GIF: the screen size, the
/// global palette, the loop extension and every frame composed the way a browser shows it.
struct GIFProbe {
    struct Frame {
        var left = 0, top = 0, width = 0, height = 0
        var delay = 0
        var disposal = 0
        var transparentIndex = -1
    }

    var width = 0
    var height = 0
    /// Global palette as (r, g, b).
    var palette: [(UInt8, UInt8, UInt8)] = []
    /// Loop count of the NETSCAPE2.0 extension (0 is forever), nil without the extension.
    var loopCount: Int?
    var frames: [Frame] = []
    /// Each frame composed over the previous (do-not-dispose), RGBA, `width * height * 4` bytes.
    var composed: [[UInt8]] = []

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    private final class Reader {
        let bytes: [UInt8]
        var offset = 0
        init(_ bytes: [UInt8]) { self.bytes = bytes }
    }

    init(bytes: [UInt8]) throws {
        let reader = Reader(bytes)
        var error: Int32 = 0
        let opened = withExtendedLifetime(reader) {
            DGifOpen(Unmanaged.passUnretained(reader).toOpaque(), { file, buffer, length in
                guard let file, let buffer, let user = file.pointee.UserData else { return 0 }
                let reader = Unmanaged<Reader>.fromOpaque(user).takeUnretainedValue()
                let count = min(Int(length), reader.bytes.count - reader.offset)
                for index in 0..<count { buffer[index] = reader.bytes[reader.offset + index] }
                reader.offset += count
                return Int32(count)
            }, &error)
        }
        guard let gif = opened else { throw Failure(description: "DGifOpen failed: \(error)") }
        defer { DGifCloseFile(gif, &error) }
        let status = withExtendedLifetime(reader) { DGifSlurp(gif) }
        guard status == GIF_OK else { throw Failure(description: "DGifSlurp failed: \(gif.pointee.Error)") }

        width = Int(gif.pointee.SWidth)
        height = Int(gif.pointee.SHeight)
        if let map = gif.pointee.SColorMap {
            palette = (0..<Int(map.pointee.ColorCount)).map {
                let color = map.pointee.Colors[$0]
                return (color.Red, color.Green, color.Blue)
            }
        }
        var canvas = [UInt8](repeating: 0, count: width * height * 4)
        for index in 0..<Int(gif.pointee.ImageCount) {
            let image = gif.pointee.SavedImages[index]
            // giflib attaches the extensions read before an image to that image.
            for blockIndex in 0..<Int(image.ExtensionBlockCount) {
                let block = image.ExtensionBlocks[blockIndex]
                guard block.Function == APPLICATION_EXT_FUNC_CODE, block.ByteCount == 11,
                      String(decoding: UnsafeBufferPointer(start: block.Bytes, count: 11), as: UTF8.self) == "NETSCAPE2.0",
                      blockIndex + 1 < Int(image.ExtensionBlockCount) else { continue }
                let data = image.ExtensionBlocks[blockIndex + 1]
                if data.ByteCount == 3, data.Bytes[0] == 1 { loopCount = Int(data.Bytes[1]) | Int(data.Bytes[2]) << 8 }
            }
            var control = GraphicsControlBlock()
            var frame = Frame()
            if DGifSavedExtensionToGCB(gif, Int32(index), &control) == GIF_OK {
                frame.delay = Int(control.DelayTime)
                frame.disposal = Int(control.DisposalMode)
                frame.transparentIndex = Int(control.TransparentColor)
            }
            frame.left = Int(image.ImageDesc.Left)
            frame.top = Int(image.ImageDesc.Top)
            frame.width = Int(image.ImageDesc.Width)
            frame.height = Int(image.ImageDesc.Height)
            for row in 0..<frame.height {
                for column in 0..<frame.width {
                    let colorIndex = Int(image.RasterBits[row * frame.width + column])
                    guard colorIndex != frame.transparentIndex, colorIndex < palette.count else { continue }
                    let base = ((frame.top + row) * width + frame.left + column) * 4
                    let color = palette[colorIndex]
                    canvas[base] = color.0
                    canvas[base + 1] = color.1
                    canvas[base + 2] = color.2
                    canvas[base + 3] = 255
                }
            }
            frames.append(frame)
            composed.append(canvas)
        }
    }
}

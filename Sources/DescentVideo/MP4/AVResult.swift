import CDescentAV

/// FFmpeg return codes as Swift errors.
enum AVResult {
    /// The text libavutil gives for an `AVERROR` code, e.g. "Invalid argument".
    static func message(_ code: Int32) -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard let strerror = try? FFmpegLibraries.functions().av_strerror, strerror(code, &buffer, buffer.count) >= 0 else {
            return "FFmpeg error \(code)"
        }
        let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Returns `code` when it is not negative, else throws `.library(operation:message:)`.
    @discardableResult
    static func check(_ code: Int32, _ operation: String) throws -> Int32 {
        if code < 0 {
            throw VideoEncodingError.library(operation: operation, message: message(code))
        }
        return code
    }
}

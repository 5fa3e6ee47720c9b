/// Turns a sequence of equally sized RGBA frames, shown at a constant frame rate, into the bytes of
/// an animation file.
///
/// Use: create the encoder with the animation's size and frame rate, `append` every frame in order,
/// then `finish()` once. `finish()` returns the complete file; it writes nothing to the output
/// location itself, so the caller writes the bytes atomically (to a temporary file in the destination
/// folder, then renamed into place) and a failed encode never leaves a half-written file.
///
/// Encoders are deterministic: the same frames give the same bytes.
public protocol FrameEncoder {
    /// The frame width every appended frame must have.
    var width: Int { get }
    /// The frame height every appended frame must have.
    var height: Int { get }
    /// Frames per second (each frame is shown for `1 / fps` seconds).
    var fps: Int { get }

    /// Adds the next frame.
    ///
    /// - Throws: `VideoEncodingError.frameSizeMismatch` when the frame's size differs from
    ///   `width` x `height`, `.finished` after `finish()`, `.library` when the C library fails.
    mutating func append(_ frame: RGBAFrame) throws

    /// Completes the animation and returns the file's bytes.
    ///
    /// - Throws: `VideoEncodingError.noFrames` when no frame was appended, `.finished` when called
    ///   twice, `.library` when the C library fails.
    mutating func finish() throws -> [UInt8]
}

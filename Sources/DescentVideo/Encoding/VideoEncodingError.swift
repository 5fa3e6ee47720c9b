/// Why an animation could not be encoded, in words a user can act on.
public enum VideoEncodingError: Error, Equatable, CustomStringConvertible {
    /// The encoder was configured with a size or frame rate it cannot encode.
    case invalidConfiguration(String)
    /// A frame's bytes do not describe a picture (wrong byte count, empty size).
    case invalidFrame(String)
    /// A frame's size differs from the size the encoder was created with.
    case frameSizeMismatch(expected: (width: Int, height: Int), got: (width: Int, height: Int), frameIndex: Int)
    /// `finish()` was called before any frame was appended.
    case noFrames
    /// The encoder was used after `finish()`.
    case finished
    /// A C library (libavcodec, libavformat, giflib) reported a failure.
    case library(operation: String, message: String)
    /// The shared libraries an animation format needs could not be opened (they are loaded when
    /// the first animation of that format is encoded): `message` is the loader's, naming the
    /// missing library or function, `install` says which packages provide them.
    case libraryUnavailable(purpose: String, libraries: String, message: String, install: String)

    public var description: String {
        switch self {
        case .invalidConfiguration(let message):
            return message
        case .invalidFrame(let message):
            return message
        case .frameSizeMismatch(let expected, let got, let index):
            return "frame \(index) is \(got.width)x\(got.height) pixels, expected \(expected.width)x\(expected.height) "
                + "like the encoder (every frame of an animation has the same size)"
        case .noFrames:
            return "an animation needs at least one frame; finish() was called before any append()"
        case .finished:
            return "this encoder has already finished; create a new encoder for another animation"
        case .library(let operation, let message):
            return "\(operation) failed: \(message)"
        case .libraryUnavailable(let purpose, let libraries, let message, let install):
            return "\(purpose) need \(libraries), which could not be loaded: \(message). \(install)"
        }
    }

    public static func == (lhs: VideoEncodingError, rhs: VideoEncodingError) -> Bool {
        switch (lhs, rhs) {
        case (.invalidConfiguration(let a), .invalidConfiguration(let b)): return a == b
        case (.invalidFrame(let a), .invalidFrame(let b)): return a == b
        case (.frameSizeMismatch(let e1, let g1, let i1), .frameSizeMismatch(let e2, let g2, let i2)):
            return e1 == e2 && g1 == g2 && i1 == i2
        case (.noFrames, .noFrames), (.finished, .finished): return true
        case (.library(let o1, let m1), .library(let o2, let m2)): return o1 == o2 && m1 == m2
        case (.libraryUnavailable(let p1, let l1, let m1, let i1), .libraryUnavailable(let p2, let l2, let m2, let i2)):
            return p1 == p2 && l1 == l2 && m1 == m2 && i1 == i2
        default: return false
        }
    }
}

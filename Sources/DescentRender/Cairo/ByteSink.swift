import CDescentCairo

/// Collects the bytes Cairo writes through a `cairo_write_func_t` (PNG, SVG and PDF streams).
///
/// Passed to Cairo as an unretained pointer; whoever hands it to Cairo keeps it alive for as long
/// as Cairo may write (``CairoSurface`` stores it).
final class ByteSink {
    /// Everything written so far.
    private(set) var bytes: [UInt8] = []

    /// The pointer Cairo passes back to ``write``.
    var closure: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    /// The C callback appending Cairo's output to the sink behind `closure`.
    static let write: cairo_write_func_t = { closure, data, length in
        guard let closure else { return CAIRO_STATUS_WRITE_ERROR }
        let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
        if let data, length > 0 {
            sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
        }
        return CAIRO_STATUS_SUCCESS
    }
}

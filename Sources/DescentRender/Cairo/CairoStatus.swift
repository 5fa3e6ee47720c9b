import CDescentCairo

extension RenderError {
    /// Throws ``RenderError/cairo(operation:status:)`` unless `status` is success.
    static func check(_ status: cairo_status_t, _ operation: String) throws(RenderError) {
        guard status != CAIRO_STATUS_SUCCESS else { return }
        throw .cairo(operation: operation, status: String(cString: cairo_status_to_string(status)))
    }
}

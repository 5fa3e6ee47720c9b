import CDescentCairo

/// Owns a `cairo_t` drawing on a ``CairoSurface``.
///
/// Holds the surface strongly so that a stream surface's sink outlives every drawing call.
/// Not Sendable: confined to the task that paints.
final class CairoContext {
    /// The Cairo handle; valid until `deinit`.
    let pointer: OpaquePointer
    /// The target.
    let surface: CairoSurface

    /// A context drawing on `surface`.
    init(_ surface: CairoSurface) throws(RenderError) {
        guard let pointer = cairo_create(surface.pointer) else {
            throw .cairo(operation: "create a drawing context", status: "no context returned")
        }
        let status = cairo_status(pointer)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_destroy(pointer)
            try RenderError.check(status, "create a drawing context")
            throw .cairo(operation: "create a drawing context", status: "unknown")
        }
        self.pointer = pointer
        self.surface = surface
    }

    deinit { cairo_destroy(pointer) }

    /// Throws if any drawing call so far has put the context into an error state.
    func check(_ operation: String) throws(RenderError) {
        try RenderError.check(cairo_status(pointer), operation)
    }
}

/// Loading a C library's function table at run time, through a C shim's loader.
enum LibraryLoading {
    /// Fills a zeroed `Functions` table with `loader` (a shim's `descent_*_load`, which returns
    /// NULL on success or the loader's message naming the missing library or function).
    ///
    /// - Parameters:
    ///   - purpose: what needs the libraries, e.g. "MP4 animations".
    ///   - libraries: their file names, for the error.
    ///   - install: which packages provide them.
    static func load<Functions>(
        _ empty: Functions, purpose: String, libraries: String, install: String,
        with loader: (UnsafeMutablePointer<Functions>) -> UnsafePointer<CChar>?
    ) -> Result<Functions, VideoEncodingError> {
        var functions = empty
        if let error = loader(&functions) {
            return .failure(.libraryUnavailable(purpose: purpose, libraries: libraries, message: String(cString: error), install: install))
        }
        return .success(functions)
    }
}

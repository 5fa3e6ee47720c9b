import CDescentGIF

/// giflib, opened when the first GIF is encoded rather than linked into the program, like FFmpeg
/// (see `FFmpegLibraries`): a build that writes no GIF does not load it.
enum GIFLibrary {
    /// giflib's functions, or why they could not be loaded (the message names the missing library
    /// or function). Loaded once per process; the library stays loaded.
    static func functions() throws -> DescentGIFFunctions {
        try loaded.get()
    }

    private static let loaded = LibraryLoading.load(
        DescentGIFFunctions(), purpose: "GIF animations", libraries: String(cString: descent_gif_soname()),
        install: "Debian: apt install libgif7"
    ) { descent_gif_load($0) }
}

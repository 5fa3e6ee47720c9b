import CDescentAV

/// FFmpeg's libavformat, libavcodec and libavutil, opened when the first MP4 is encoded.
///
/// They are not linked into the program: with libx264 and their own dependencies they are about
/// ninety shared libraries, which the loader would map at every start of `descent` although most
/// builds write no animation (linked, `descent --help` took 59 ms of CPU; opened on demand, 22 ms).
/// `descent_av_load` (in the C shim) opens them by their ABI names (e.g. `libavformat.so.59`,
/// from the headers' major versions) and looks up the functions `DescentAVFunctions` lists.
enum FFmpegLibraries {
    /// FFmpeg's functions, or why they could not be loaded (the message names the missing
    /// library or function). Loaded once per process; the libraries stay loaded.
    static func functions() throws -> DescentAVFunctions {
        try loaded.get()
    }

    private static let loaded = LibraryLoading.load(
        DescentAVFunctions(), purpose: "MP4 animations",
        libraries: [descent_av_soname_avformat(), descent_av_soname_avcodec(), descent_av_soname_avutil()]
            .map { String(cString: $0) }.joined(separator: ", "),
        install: "Debian: apt install libavformat59 libavcodec59 libavutil57 (libavcodec with libx264)"
    ) { descent_av_load($0) }
}

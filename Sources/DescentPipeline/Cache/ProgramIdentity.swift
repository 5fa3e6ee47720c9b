/// What identifies the running program for the build cache: the size and modification time of
/// its own executable, so that any rebuilt `descent` (a fix in a renderer, a new default)
/// invalidates every entry. Reading the stamp costs one `stat`; hashing the 30 MB executable,
/// as an earlier version did, took a tenth of a one-figure build.
public enum ProgramIdentity {
    /// The executable's stamp (Linux `/proc/self/exe`, else the path it was started by), or a
    /// fixed text when neither can be read, which leaves the cache to the lesson contents.
    public static let digest: String = {
        let candidates = ["/proc/self/exe", CommandLine.arguments.first ?? ""]
        for path in candidates where !path.isEmpty {
            if let stamp = FileStamp.of(path) { return "\(stamp.size)-\(stamp.modified)" }
        }
        return "unknown-program"
    }()
}

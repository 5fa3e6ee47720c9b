/// What identifies the running program for the build cache: the digest of its own executable,
/// so that any rebuilt `descent` (a fix in a renderer, a new default) invalidates every entry.
public enum ProgramIdentity {
    /// The digest of the executable (Linux `/proc/self/exe`, else the path it was started by), or
    /// of a fixed text when neither can be read, which leaves the cache to the lesson contents.
    public static let digest: String = {
        let candidates = ["/proc/self/exe", CommandLine.arguments.first ?? ""]
        for path in candidates where !path.isEmpty {
            if let hash = ContentHash.ofFile(path) { return hash.description }
        }
        return "unknown-program"
    }()
}

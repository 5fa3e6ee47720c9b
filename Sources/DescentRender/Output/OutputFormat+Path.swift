import DescentFiles

extension OutputFormat {
    /// The format named by the extension of `path` (`.png`, `.svg`, `.pdf`, any case).
    init(path: String) throws(RenderError) {
        let name = path.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: "."),
              let format = OutputFormat(rawValue: name[name.index(after: dot)...].lowercased())
        else { throw .file(FileError(path: path, reason: "unknown extension: use .png, .svg or .pdf, or pass a format")) }
        self = format
    }
}

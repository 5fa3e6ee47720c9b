import DescentRender
import Foundation

/// Writes diagnostics to standard error.
enum StandardError {
    static func write(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// Reports a failure to render or write `path`, naming the path once: a file error already
    /// names it (`error: cannot write 'Output/index.html': Permission denied`); any other
    /// failure is put after it (`Output/index.html: error: cairo failed to ...`).
    static func write(_ error: RenderError, writing path: String) {
        if case .file = error {
            write("error: \(error)")
        } else {
            write("\(path): error: \(error)")
        }
    }
}

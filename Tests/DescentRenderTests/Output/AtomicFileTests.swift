import DescentScene
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
@testable import DescentRender

@Suite struct AtomicFileTests {
    /// A fresh empty directory under /tmp.
    static func scratch() throws -> String {
        var template = Array("/tmp/descent-render-XXXXXX".utf8CString)
        let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        try #require(made != nil)
        return String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    static func contents(of path: String) -> [UInt8]? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = fread(&buffer, 1, buffer.count, file)
            if count == 0 { return bytes }
            bytes += buffer[..<count]
        }
    }

    static func entries(of directory: String) -> [String] {
        guard let dir = opendir(directory) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name != ".", name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    @Test func createsDirectoriesAndReplacesFiles() throws {
        let root = try Self.scratch()
        let path = "\(root)/a/b/out.bin"
        try AtomicFile.write([1, 2, 3], to: path)
        try AtomicFile.write([4, 5], to: path)
        #expect(Self.contents(of: path) == [4, 5])
        #expect(Self.entries(of: "\(root)/a/b") == ["out.bin"])
    }

    /// A path through a regular file cannot be created (even by root): a typed error, no file.
    @Test func failsWithoutLeavingFilesWhenParentIsAFile() throws {
        let root = try Self.scratch()
        try AtomicFile.write([0], to: "\(root)/plain")
        let painter = ScenePainter()
        #expect(throws: RenderError.self) {
            try painter.write(Scenes.page([]), to: "\(root)/plain/sub/figure.png")
        }
        #expect(Self.contents(of: "\(root)/plain/sub/figure.png") == nil)
        #expect(Self.entries(of: root) == ["plain"])
    }

    /// Renaming onto a directory fails; the temporary file is removed and the directory kept.
    @Test func removesTemporaryFileWhenRenameFails() throws {
        let root = try Self.scratch()
        #expect(mkdir("\(root)/taken.svg", 0o755) == 0)
        do {
            try ScenePainter().write(Scenes.page([]), to: "\(root)/taken.svg")
            Issue.record("expected a RenderError")
        } catch {
            #expect(error.description.contains("taken.svg"))
        }
        #expect(Self.entries(of: root) == ["taken.svg"])
    }

    @Test func splitsPaths() {
        #expect(AtomicFile.split("/a/b.png") == ("/a", "b.png"))
        #expect(AtomicFile.split("b.png") == (".", "b.png"))
        #expect(AtomicFile.split("/b.png") == ("/", "b.png"))
    }
}

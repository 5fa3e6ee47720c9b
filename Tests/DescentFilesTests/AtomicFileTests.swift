import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
@testable import DescentFiles

@Suite struct AtomicFileTests {
    /// Removes a directory made by ``scratch()`` and everything in it.
    static func remove(_ directory: String) {
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// A fresh empty directory under /tmp; remove it with ``remove(_:)``.
    static func scratch() throws -> String {
        var template = Array("/tmp/descent-files-XXXXXX".utf8CString)
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
        defer { Self.remove(root) }
        let path = "\(root)/a/b/out.bin"
        try AtomicFile.write([1, 2, 3], to: path)
        try AtomicFile.write([4, 5], to: path)
        #expect(Self.contents(of: path) == [4, 5])
        #expect(Self.entries(of: "\(root)/a/b") == ["out.bin"])
    }

    /// A path through a regular file cannot be created (even by root): the error names the
    /// folder once with the system's reason, and no file is left.
    @Test func failsWithoutLeavingFilesWhenParentIsAFile() throws {
        let root = try Self.scratch()
        defer { Self.remove(root) }
        try AtomicFile.write([0], to: "\(root)/plain")
        #expect(throws: FileError(path: "\(root)/plain/sub", operation: "create the folder", reason: "Not a directory")) {
            try AtomicFile.write([1], to: "\(root)/plain/sub/figure.png")
        }
        #expect(Self.entries(of: root) == ["plain"])
    }

    /// Renaming onto a directory fails; the temporary file is removed and the directory kept.
    @Test func removesTemporaryFileWhenRenameFails() throws {
        let root = try Self.scratch()
        defer { Self.remove(root) }
        #expect(mkdir("\(root)/taken.svg", 0o755) == 0)
        #expect(throws: FileError(path: "\(root)/taken.svg", reason: "Is a directory")) {
            try AtomicFile.write([1], to: "\(root)/taken.svg")
        }
        #expect(Self.entries(of: root) == ["taken.svg"])
    }

    @Test func messageNamesThePathOnce() {
        let error = FileError(path: "Output/a.png", reason: "Permission denied")
        #expect(error.description == "cannot write 'Output/a.png': Permission denied")
    }

    /// A writer killed inside its write window leaves `.<name>.descent-XXXXXX`; the cleaner
    /// removes it, and leaves other dot files and a live (locked) writer's file alone.
    @Test func removesStaleTemporariesOnly() throws {
        let root = try Self.scratch()
        defer { Self.remove(root) }
        for name in [".a.png.descent-Ab12Cd", ".b.svg.descent-zzzzzz", ".config", ".c.descent-short", "a.png"] {
            #expect(FileManager.default.createFile(atPath: "\(root)/\(name)", contents: Data([1])))
        }
        let live = open("\(root)/.b.svg.descent-zzzzzz", O_RDONLY)
        #expect(live >= 0)
        #expect(flock(live, LOCK_EX) == 0)
        defer { close(live) }
        #expect(AtomicFile.removeStaleTemporaries(in: root) == [".a.png.descent-Ab12Cd"])
        #expect(Self.entries(of: root) == [".b.svg.descent-zzzzzz", ".c.descent-short", ".config", "a.png"])
    }

    @Test(arguments: [
        (".a.png.descent-Ab12Cd", true), (".a.descent-000000", true), (".descent-000000", false),
        ("a.png.descent-Ab12Cd", false), (".a.png.descent-Ab12C", false), (".a.png.descent-Ab12C-", false),
    ])
    func recognizesTemporaryNames(name: String, expected: Bool) {
        #expect(AtomicFile.isTemporaryName(name) == expected)
    }

    @Test func splitsPaths() {
        #expect(AtomicFile.split("/a/b.png") == ("/a", "b.png"))
        #expect(AtomicFile.split("b.png") == (".", "b.png"))
        #expect(AtomicFile.split("/b.png") == ("/", "b.png"))
    }
}

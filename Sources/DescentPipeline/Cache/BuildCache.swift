import DescentFiles
import Foundation

/// The incremental build's memory: for every product (a lesson's files, a handout, the gallery)
/// the key of what it was built from and a stamp of each file it wrote, in
/// `<output>/.descent-cache/<product>.json`.
///
/// A product is fresh when its entry exists, decodes, carries its own checksum, has the same key
/// and every file still matches its stamp. Anything else (no entry, a corrupt or truncated one, a
/// key from another lesson text, options or program, a file removed or changed) means the product
/// is rebuilt; an entry is never trusted in part. Entries are written atomically after their
/// files, so a build killed at any moment leaves either the old entry or the new one.
public struct BuildCache: Sendable {
    /// The cache folder.
    public let directory: String

    /// The cache of the output folder `outputDirectory`.
    public init(outputDirectory: String) {
        directory = "\(outputDirectory)/.descent-cache"
    }

    /// What the cache remembers of one product.
    public struct Entry: Codable, Sendable, Equatable {
        /// The key it was built from.
        public var key: String
        /// The files it wrote, as they were then.
        public var files: [FileStamp]
        /// Outcomes reported when it was built (runs that diverged), reported again when it is
        /// reused.
        public var notes: [String]
        /// The digest of the fields above, which detects an entry altered or cut short.
        public var checksum: String

        init(key: String, files: [FileStamp], notes: [String]) {
            self.key = key
            self.files = files
            self.notes = notes
            checksum = Self.digest(key: key, files: files, notes: notes)
        }

        static func digest(key: String, files: [FileStamp], notes: [String]) -> String {
            var hash = ContentHash()
            hash.combine(key)
            for file in files {
                hash.combine(file.path)
                hash.combine(String(file.size))
                hash.combine(String(file.modified))
            }
            for note in notes { hash.combine(note) }
            return hash.description
        }

        var isIntact: Bool { checksum == Self.digest(key: key, files: files, notes: notes) }
    }

    /// The entry of `product` if the product is fresh for `key`, else nil.
    public func fresh(_ product: String, key: String) -> Entry? {
        guard let data = FileManager.default.contents(atPath: path(product)),
              let entry = try? JSONDecoder().decode(Entry.self, from: data),
              entry.isIntact, entry.key == key, entry.files.allSatisfy(\.isCurrent)
        else { return nil }
        return entry
    }

    /// Remembers that `product` was built from `key` into `files`. Files that cannot be stamped
    /// (they vanished) leave no entry, so the product is rebuilt next time.
    public func record(_ product: String, key: String, files: [String], notes: [String] = []) throws(FileError) {
        let stamps = files.compactMap(FileStamp.of)
        guard stamps.count == files.count else { return forget(product) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        guard let data = try? encoder.encode(Entry(key: key, files: stamps, notes: notes)) else { return forget(product) }
        try AtomicFile.write(Array(data), to: path(product))
    }

    /// Drops the entry of `product`.
    public func forget(_ product: String) {
        try? FileManager.default.removeItem(atPath: path(product))
    }

    private func path(_ product: String) -> String {
        "\(directory)/\(product).json"
    }

    /// `mkdir -p directory`, quietly: a failure shows when the folder is used.
    static func makeDirectories(_ directory: String) {
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }
}

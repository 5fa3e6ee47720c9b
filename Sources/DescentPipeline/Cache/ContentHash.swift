#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A 64-bit digest of bytes and values, the key of the build cache: equal inputs give equal keys
/// in every process; different inputs collide with negligible probability (it is not a
/// cryptographic hash, and need not be: the inputs are the user's own files).
///
/// Eight bytes at a time, each word `w` mixed as `h = rotl(h ^ w, 31) * 0x9E3779B97F4A7C15`,
/// finished with the length and a murmur3 avalanche, so digests of different lengths differ.
public struct ContentHash: Sendable, Hashable, CustomStringConvertible {
    private var state: UInt64 = 0x243F_6A88_85A3_08D3
    private var length: UInt64 = 0

    /// An empty digest.
    public init() {}

    /// Mixes `bytes` in.
    public mutating func combine(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { combine($0) }
    }

    /// Mixes the bytes of `buffer` in.
    public mutating func combine(_ buffer: UnsafeRawBufferPointer) {
        let words = buffer.count / 8
        for i in 0..<words {
            mix(UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: 8 * i, as: UInt64.self)))
        }
        var tail: UInt64 = 0
        for (k, byte) in buffer[(8 * words)...].enumerated() { tail |= UInt64(byte) << (8 * UInt64(k)) }
        if buffer.count % 8 != 0 { mix(tail ^ (UInt64(buffer.count % 8) << 56)) }
        length &+= UInt64(buffer.count)
        mix(length)
    }

    /// Mixes a text in (as UTF-8, followed by its length, so `"ab", "c"` differs from `"a", "bc"`).
    public mutating func combine(_ text: String) {
        combine(Array(text.utf8))
    }

    private mutating func mix(_ word: UInt64) {
        let x = state ^ word
        state = ((x << 31) | (x >> 33)) &* 0x9E37_79B9_7F4A_7C15
    }

    /// The digest.
    public var value: UInt64 {
        var h = state ^ length
        h ^= h >> 33
        h &*= 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        h &*= 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 33
        return h
    }

    /// The digest as 16 hexadecimal digits.
    public var description: String {
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// The digest of a file's bytes, or nil when it cannot be read.
    public static func ofFile(_ path: String) -> ContentHash? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var hash = ContentHash()
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = buffer.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            if count == 0 { break }
            buffer.withUnsafeBytes { hash.combine(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
        }
        guard ferror(file) == 0 else { return nil }
        return hash
    }
}

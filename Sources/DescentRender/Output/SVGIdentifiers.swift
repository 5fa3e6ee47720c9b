/// Makes Cairo's SVG output independent of what the process drew before.
///
/// Cairo 1.16 names some SVG elements after process-wide counters: `surface<N>` (the surface's
/// unique id) and `image<N>` (the source image's unique id) grow with every surface created in the
/// process, so a second render of the same scene gets other ids. Everything else in the document
/// is deterministic, so renumbering these ids by order of first appearance (per prefix, from 1)
/// gives the same bytes for the same scene in every run and process. The ids Cairo counts per
/// document (`clip`, `mask`, `pattern`, `filter`, `source`) are renumbered the same way, which is
/// harmless and keeps working should a later Cairo draw them from a global counter too. Glyph
/// symbols (`glyph<font>-<index>`) are per document and left alone.
///
/// One pass over the bytes: only the bytes after `#` and after `id="` are examined further, and
/// the text between two renumbered ids is copied in one piece, so the cost is linear in the size
/// of the document with a small constant.
enum SVGIdentifiers {
    private static let prefixes: [[UInt8]] =
        ["surface", "image", "pattern", "clip", "mask", "filter", "source"].map { Array($0.utf8) }
    private static let hash = UInt8(ascii: "#"), quote = UInt8(ascii: "\""), equals = UInt8(ascii: "=")
    private static let i = UInt8(ascii: "i"), d = UInt8(ascii: "d")
    private static let maxDigits = 15

    /// `svg` with every `id="<prefix><N>"` and `#<prefix><N>` renumbered in order of first appearance.
    static func renumbered(_ svg: [UInt8]) -> [UInt8] {
        svg.withUnsafeBufferPointer { s in
            var output: [UInt8] = []
            output.reserveCapacity(s.count)
            var numbering = prefixes.map { _ in [Int: Int]() }
            var copied = 0
            var index = 0
            while index < s.count {
                let byte = s[index]
                index += 1
                guard byte == hash
                    || (byte == quote && index >= 4 && s[index - 2] == equals && s[index - 3] == d && s[index - 4] == i)
                else { continue }
                guard let p = prefixes.firstIndex(where: { s.has($0, at: index) }) else { continue }
                let digits = index + prefixes[p].count
                guard let (number, end) = s.decimal(at: digits, maxDigits: maxDigits),
                      end == s.count || !s[end].isIdentifierByte
                else { continue }
                let renumbered = numbering[p][number] ?? numbering[p].count + 1
                numbering[p][number] = renumbered
                output.append(contentsOf: s[copied..<digits])
                output.append(contentsOf: String(renumbered).utf8)
                copied = end
                index = end
            }
            output.append(contentsOf: s[copied...])
            return output
        }
    }
}

extension UnsafeBufferPointer<UInt8> {
    fileprivate func has(_ prefix: [UInt8], at index: Int) -> Bool {
        guard index + prefix.count <= count else { return false }
        for (k, byte) in prefix.enumerated() where self[index + k] != byte { return false }
        return true
    }

    /// The decimal number starting at `index` (1 to `maxDigits` digits) and the index after it.
    fileprivate func decimal(at index: Int, maxDigits: Int) -> (Int, Int)? {
        var end = index
        var value = 0
        while end < count, end - index < maxDigits, let digit = self[end].digitValue {
            value = value * 10 + digit
            end += 1
        }
        return end > index ? (value, end) : nil
    }
}

extension UInt8 {
    fileprivate var digitValue: Int? {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) ? Int(self - UInt8(ascii: "0")) : nil
    }

    /// Letters, digits, `-`, `_` and `.`: bytes that would continue an identifier.
    fileprivate var isIdentifierByte: Bool {
        digitValue != nil || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(self | 0x20)
            || self == UInt8(ascii: "-") || self == UInt8(ascii: "_") || self == UInt8(ascii: ".")
    }
}

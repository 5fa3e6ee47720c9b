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
enum SVGIdentifiers {
    private static let prefixes: [[UInt8]] =
        ["surface", "image", "pattern", "clip", "mask", "filter", "source"].map { Array($0.utf8) }
    private static let definition = Array(#"id=""#.utf8)
    private static let hash = UInt8(ascii: "#")
    private static let maxDigits = 15

    /// `svg` with every `id="<prefix><N>"` and `#<prefix><N>` renumbered in order of first appearance.
    static func renumbered(_ svg: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(svg.count)
        var numbering = prefixes.map { _ in [Int: Int]() }
        var i = 0
        while i < svg.count {
            let byte = svg[i]
            output.append(byte)
            i += 1
            guard byte == hash || output.ends(with: definition) else { continue }
            for (p, prefix) in prefixes.enumerated() where svg.has(prefix, at: i) {
                guard let (number, end) = svg.decimal(at: i + prefix.count, maxDigits: maxDigits),
                      end == svg.count || !svg[end].isIdentifierByte
                else { break }
                let renumbered = numbering[p][number] ?? numbering[p].count + 1
                numbering[p][number] = renumbered
                output.append(contentsOf: prefix)
                output.append(contentsOf: String(renumbered).utf8)
                i = end
                break
            }
        }
        return output
    }
}

extension [UInt8] {
    fileprivate func ends(with suffix: [UInt8]) -> Bool {
        count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix)
    }

    fileprivate func has(_ prefix: [UInt8], at index: Int) -> Bool {
        index + prefix.count <= count && self[index..<(index + prefix.count)].elementsEqual(prefix)
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

/// Where a line may not break in Korean text: inside a word.
///
/// Korean is written with spaces between words (eojeol), and a line breaks at those spaces, never
/// between the syllables of a word (CSS `word-break: keep-all`). Pango follows Unicode's line
/// breaking rules (UAX #14), which allow a break between any two Hangul syllables, so `가장` can
/// end up as `가` / `장`. ``ranges(in:)`` finds every run of non-space characters that holds a
/// Hangul letter, as UTF-8 byte offsets, for the engine to forbid breaks inside it.
enum HangulWords {
    /// The UTF-8 byte ranges of the maximal runs of non-whitespace characters that contain at
    /// least one Hangul letter (syllables U+AC00-U+D7A3, jamo U+1100-U+11FF, U+3130-U+318F,
    /// U+A960-U+A97F, U+D7B0-U+D7FF). Runs without Hangul are left to Pango's rules.
    static func ranges(in text: String) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start: Int?
        var hasHangul = false
        var offset = 0
        for scalar in text.unicodeScalars {
            let width = UTF8.width(scalar)
            if scalar.properties.isWhitespace {
                if let begin = start, hasHangul { ranges.append(begin..<offset) }
                start = nil
                hasHangul = false
            } else {
                if start == nil { start = offset }
                if isHangul(scalar) { hasHangul = true }
            }
            offset += width
        }
        if let begin = start, hasHangul { ranges.append(begin..<offset) }
        return ranges
    }

    /// True for Hangul syllables and jamo.
    static func isHangul(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xAC00...0xD7A3, 0x1100...0x11FF, 0x3130...0x318F, 0xA960...0xA97F, 0xD7B0...0xD7FF: true
        default: false
        }
    }
}

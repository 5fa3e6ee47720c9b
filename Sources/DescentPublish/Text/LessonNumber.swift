/// A lesson's number in a handout or the gallery.
///
/// Course lessons are numbered as the curriculum numbers their topics, read from the file name:
/// `04a-ravine-zigzag` is lesson 4a, `18-custom-formula` lesson 18, whatever their position in the
/// folder. A lesson whose name carries no number (the README's `ravine` example) is an example,
/// lettered A, B, … in the order given. When a set of lessons holds course lessons, its examples
/// are not part of the course: ``course(_:)`` leaves them out of the handouts and the gallery.
struct LessonNumber: Sendable, Hashable {
    /// `4a`, `18`, or an example's letter `A`.
    var text: String
    /// True for a lesson without a curriculum number.
    var isExample: Bool

    /// The curriculum number in a lesson's file name: leading digits without their leading zeros,
    /// at most two lowercase letters, then `-`, `_` or the end (`04a-ravine` -> `4a`, `10` ->
    /// `10`), or nil (`ravine`, `3dplot`).
    static func curriculum(_ name: String) -> String? {
        let digits = name.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty else { return nil }
        let rest = name.dropFirst(digits.count)
        let letters = rest.prefix { $0.isASCII && $0.isLowercase }
        guard letters.count <= 2 else { return nil }
        let after = rest.dropFirst(letters.count)
        guard after.isEmpty || after.first == "-" || after.first == "_" else { return nil }
        let number = digits.drop { $0 == "0" }
        return (number.isEmpty ? "0" : String(number)) + letters
    }

    /// The numbers of lessons named `names`, in order: curriculum numbers, and letters for the
    /// examples in the order they come.
    static func numbers(_ names: [String]) -> [LessonNumber] {
        var examples = 0
        return names.map { name in
            if let number = curriculum(name) { return LessonNumber(text: number, isExample: false) }
            examples += 1
            return LessonNumber(text: letter(examples), isExample: true)
        }
    }

    /// `A` … `Z`, then `AA`, `AB`, … for the `n`-th example (from 1).
    static func letter(_ n: Int) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        var n = n, text = ""
        while n > 0 {
            n -= 1
            text = String(alphabet[n % 26]) + text
            n /= 26
        }
        return text
    }

    /// The indices of `names` that form the course: those with a curriculum number when there are
    /// any, else all (a handout of examples only).
    static func course(_ names: [String]) -> [Int] {
        let numbered = names.indices.filter { curriculum(names[$0]) != nil }
        return numbered.isEmpty ? Array(names.indices) : numbered
    }
}

import Foundation
import Testing
@testable import DescentNumerics

/// No formula text can make the tokenizer, parser or compiler recurse without bound: nesting past
/// `Formula.maximumDepth` and text past `Formula.maximumLength` are located errors, and flat chains
/// of any length up to the limit are loops.
@Suite("Formula limits")
struct FormulaLimitsTests {
    func failure(_ text: String) -> FormulaError? {
        do {
            _ = try Formula(text, variables: ["x", "y"])
            return nil
        } catch {
            return error
        }
    }

    /// n parentheses around x: depth k is entered at column k (the k-th '('), and x sits at depth
    /// n + 1, so 255 parentheses are the most that parse.
    @Test func nestingDeeperThanTheLimitIsLocated() throws {
        let deepest = String(repeating: "(", count: 255) + "x" + String(repeating: ")", count: 255)
        #expect(try Formula(deepest, variables: ["x"]).evaluate([3]) == 3)
        let error = failure(String(repeating: "(", count: 256) + "x" + String(repeating: ")", count: 256))
        #expect(error?.column == 257)
        #expect(error?.description == "the formula nests deeper than 256 levels at column 257; parentheses, calls, signs and powers each count one level")
    }

    /// 4,000 nested parentheses (8,001 characters) used to overflow the stack.
    @Test func thousandsOfParenthesesStopAtTheLimit() {
        let error = failure(String(repeating: "(", count: 4000) + "x" + String(repeating: ")", count: 4000))
        #expect(error?.column == 257)
    }

    /// Signs, calls and exponents nest too. `x^x^...`: the k-th exponent opens depth k + 1 at
    /// column 2k + 1, so depth 257 is the 256th exponent, at column 513.
    @Test(arguments: [
        (String(repeating: "-", count: 300) + "x", 257),
        (String(repeating: "sin(", count: 300) + "x" + String(repeating: ")", count: 300), 4 * 256 + 1),
        (String(repeating: "x^", count: 300) + "x", 513),
    ])
    func otherNestingStopsAtTheLimit(text: String, column: Int) {
        let error = failure(text)
        #expect(error?.column == column)
        #expect(error?.problem == "the formula nests deeper than 256 levels")
    }

    /// Text longer than 10,000 characters is refused before it is read: 10,000 nested parentheses
    /// (20,001 characters), or a million characters.
    @Test(arguments: [20_001, 1_000_001])
    func tooLongIsRefused(length: Int) {
        let error = failure(String(repeating: "(", count: (length - 1) / 2) + "x" + String(repeating: ")", count: (length - 1) / 2))
        #expect(error == FormulaError(
            column: 10_001, "the formula is \(length) characters long; the limit is 10000",
            hint: "split it, or define the surface with fewer terms"))
    }

    /// A flat sum of 5,000 terms (9,999 characters) is a chain, not a 5,000-deep tree: its value at
    /// x = 1 is 5000 and its gradient is (5000, 0) (d/dx of x summed 5000 times).
    @Test func longFlatSumsWork() throws {
        let text = String(repeating: "x+", count: 4999) + "x"
        let formula = try Formula(text, variables: ["x", "y"])
        #expect(formula.evaluate([1, 0]) == 5000)
        let jet = formula.jet(x: 1, y: 0)
        #expect(jet.gradient.x == 5000)
        #expect(jet.gradient.y == 0)
    }

    /// Long chains keep their left-to-right order: 1 - 1 - 1 ... (3,333 ones) = 1 - 3332 = -3331,
    /// and 2 * 1/2 * 1/2 ... with 1,000 halvings after the 2 is 2 * 2^-1000 = 2^-999.
    @Test func longChainsKeepTheirOrder() throws {
        let difference = String(repeating: "1-", count: 3332) + "1"
        #expect(try Formula(difference, variables: []).evaluate([]) == -3331)
        let quotient = "2" + String(repeating: "/2", count: 1000)
        #expect(try Formula(quotient, variables: []).evaluate([]) == 0x1p-999)
        let mixed = "x" + String(repeating: "*y/y", count: 1000)
        #expect(close(try Formula(mixed, variables: ["x", "y"]).evaluate([3, 7]), 3, relative: 1e-12))
    }

    /// The deepest formula (255 parentheses, signs and calls nested) parses and compiles on a thread
    /// with a 1 MB stack, an eighth of the main thread's 8 MB, even in a debug build (which needs
    /// about 3 KB of stack per level).
    @Test func deepestFormulaFitsInASmallStack() async {
        let deepest = String(repeating: "(-sin(", count: 85) + "x" + String(repeating: "))", count: 85)
        let parsed = await withCheckedContinuation { (continuation: CheckedContinuation<Bool, Never>) in
            let thread = Thread {
                continuation.resume(returning: (try? Formula(deepest, variables: ["x"])) != nil)
            }
            thread.stackSize = 1024 * 1024
            thread.start()
        }
        #expect(parsed)
    }
}

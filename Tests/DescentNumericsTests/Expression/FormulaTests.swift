import Foundation
import Testing
@testable import DescentNumerics

@Suite("Formula language")
struct FormulaTests {
    func value(_ text: String, x: Double = 0, y: Double = 0) throws -> Double {
        try Formula(text, variables: ["x", "y"]).evaluate([x, y])
    }

    @Test("precedence and associativity", arguments: [
        ("2^3^2", 512.0),          // right-associative: 2^(3^2)
        ("-2^2", -4.0),            // ^ binds tighter than unary minus
        ("(-2)^2", 4.0),
        ("2^-1", 0.5),
        ("2 + 3 * 4", 14.0),
        ("(2 + 3) * 4", 20.0),
        ("10 - 4 - 3", 3.0),       // left-associative
        ("8 / 4 / 2", 1.0),
        ("-3 - -2", -1.0),
        ("1 + 2 < 4", 1.0),        // comparisons bind loosest
        ("2 * 3 == 6", 1.0),
        ("3 != 3", 0.0),
        ("3 >= 3", 1.0),
        ("3 <= 2", 0.0),
        ("3 > 2", 1.0),
        ("1.5e2 + .5", 150.5),
        ("2e-3 * 1000", 2.0),
    ])
    func arithmetic(_ text: String, _ expected: Double) throws {
        #expect(try value(text) == expected)
    }

    @Test("functions and constants", arguments: [
        ("sin(pi / 2)", 1.0), ("cos(0)", 1.0), ("tan(pi / 4)", 1.0), ("exp(1)", M_E), ("log(e)", 1.0),
        ("sqrt(16)", 4.0), ("abs(-2.5)", 2.5), ("tanh(0)", 0.0), ("floor(2.7)", 2.0), ("floor(-2.5)", -3.0),
        ("min(3, 4)", 3.0), ("max(3, 4)", 4.0), ("if(1 < 2, 5, 6)", 5.0), ("if(0, 5, 6)", 6.0), ("2*e", 2 * M_E),
    ])
    func functions(_ text: String, _ expected: Double) throws {
        #expect(abs(try value(text) - expected) <= 1e-15 * max(1, abs(expected)))
    }

    @Test func variablesAndConstants() throws {
        let f = try Formula("a * x^2 + y", variables: ["x", "y"], constants: ["a": 3])
        #expect(f.evaluate([2, 1]) == 13)
        #expect(f.variables == ["x", "y"])
        #expect(try value("if(x > 0, x, -x)", x: -3) == 3)
        #expect(try value("-x^2", x: 3) == -9)
    }

    @Test func constantSubformulasAreFolded() throws {
        let f = try Formula("2 * pi * x + 3^2", variables: ["x"])
        #expect(f.instructions.count == 5)  // x, 2pi, *, 9, +
        #expect(try Formula("2^10", variables: []).instructions.isEmpty)
    }

    @Test("errors name the column", arguments: [
        ("(x + 1", 7, "expected ')' at column 7"),
        ("sinn(x)", 1, "unknown function 'sinn' at column 1; did you mean 'sin'?"),
        ("x + z", 5, "unknown variable 'z' at column 5"),
        ("x + * y", 5, "expected a number, a name or '(' at column 5"),
        ("2 x", 3, "expected an operator before 'x' at column 3"),
        ("", 1, "the formula is empty at column 1"),
        ("x $ y", 3, "unexpected character '$' at column 3"),
        ("sin(x, y)", 1, "'sin' takes 1 argument, not 2 at column 1"),
        ("1 + (2 * 3))", 12, "unmatched ')' at column 12"),
        ("x = 1", 3, "unexpected character '=' at column 3; write '==' to compare"),
        ("sin + 1", 5, "expected '(' after function 'sin' at column 5"),
        ("if(x, 1)", 1, "'if' takes 3 arguments, not 2 at column 1"),
    ])
    func errors(_ text: String, _ column: Int, _ message: String) {
        do {
            _ = try Formula(text, variables: ["x", "y"])
            Issue.record("'\(text)' parsed")
        } catch {
            #expect(error.column == column)
            #expect(error.description.hasPrefix(message), "\(error.description)")
        }
    }

    @Test func unknownVariableListsTheKnownOnes() {
        #expect(throws: FormulaError(column: 1, "unknown variable 'z'", hint: "it can use x, y, e, pi")) {
            try Formula("z", variables: ["x", "y"])
        }
        #expect(throws: FormulaError(column: 3, "unknown variable 'epoc'", hint: "did you mean 'epoch'?")) {
            try Formula("1+epoc", variables: ["epoch", "lr"])
        }
    }
}

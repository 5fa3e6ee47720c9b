import Testing
@testable import DescentPlot

@Suite struct NumberFormatTests {
    @Test(arguments: [
        (0.30000000000000004, 1, "0.3"),
        (1.0, 1, "1"),
        (-1.5, 1, "\u{2212}1.5"),
        (-0.0001, 2, "0"),
        (0.05, 3, "0.05"),
        (1234.0, 0, "1234"),
    ])
    func decimal(value: Double, decimals: Int, expected: String) {
        #expect(NumberFormat.decimal(value, decimals: decimals) == expected)
    }

    @Test(arguments: [(2.5e-5, "2.5e\u{2212}5"), (0.0123, "0.0123"), (1.5e7, "1.5e7"), (0.0, "0"), (99.96, "100")])
    func compact(value: Double, expected: String) {
        #expect(NumberFormat.compact(value) == expected)
    }

    @Test(arguments: [(-3, "10⁻³"), (0, "10⁰"), (12, "10¹²")])
    func powersOfTen(exponent: Int, expected: String) {
        #expect(NumberFormat.powerOfTen(exponent) == expected)
    }
}

import Testing
@testable import DescentNumerics

@Suite("Command-line parameter values")
struct ParameterValueTests {
    @Test("numbers, booleans, lists and text")
    func kinds() {
        #expect(ParameterValue(commandLine: "0.9") == .number(0.9))
        #expect(ParameterValue(commandLine: "True") == .boolean(true))
        #expect(ParameterValue(commandLine: "0.9,0.999") == .list([.number(0.9), .number(0.999)]))
        #expect(ParameterValue(commandLine: "triangular2") == .text("triangular2"))
    }

    /// `--set 'schedulers=[linear, cosine]'`, the form the help suggests, is the lesson's list.
    @Test("a list in brackets, as a lesson writes it")
    func bracketedList() {
        #expect(ParameterValue(commandLine: "[linear, cosine]") == .list([.text("linear"), .text("cosine")]))
        #expect(ParameterValue(commandLine: "[linear(start_factor=0.5, total_iters=2), cosine]")
            == .list([.text("linear(start_factor=0.5, total_iters=2)"), .text("cosine")]))
        #expect(ParameterValue(commandLine: "[30]") == .list([.number(30)]))
    }

    @Test("commas inside parentheses belong to a formula")
    func formulaStaysWhole() {
        #expect(ParameterValue(commandLine: "if(epoch < 1, lr, lr * exp(-1))") == .text("if(epoch < 1, lr, lr * exp(-1))"))
        #expect(ParameterValue(commandLine: "linear(start_factor=0.1, total_iters=5),cosine")
            == .list([.text("linear(start_factor=0.1, total_iters=5)"), .text("cosine")]))
    }
}

import Testing
@testable import DescentNumerics

@Suite struct ScheduleCallTests {
    @Test func parsesNamesArgumentsAndLists() throws {
        let calls = try ScheduleCall.parseList(["multistep(milestones=[30, 60]; gamma=0.5)", "cosine", "cyclic(mode=triangular2, cycle_momentum=false)"]).get()
        #expect(calls == [
            ScheduleCall(name: "multistep", parameters: ["milestones": .list([.number(30), .number(60)]), "gamma": .number(0.5)]),
            ScheduleCall(name: "cosine"),
            ScheduleCall(name: "cyclic", parameters: ["mode": .text("triangular2"), "cycle_momentum": .boolean(false)]),
        ])
    }

    @Test(arguments: ["linear(", "(x=1)", "linear(x)", ""])
    func rejectsMalformedCalls(text: String) {
        #expect(throws: CallSyntaxError.self) { try ScheduleCall.parse(text).get() }
    }
}

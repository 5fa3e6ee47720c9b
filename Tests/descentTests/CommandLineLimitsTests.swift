import ArgumentParser
import DescentLesson
import Foundation
import Testing
@testable import descent

/// The command line keeps the lesson format's ranges, in its words, and reads values that start
/// with `-` as values.
@Suite("Command-line limits")
struct CommandLineLimitsTests {
    static func message(_ arguments: [String]) -> String? {
        do {
            _ = try StepOptions.parse(arguments)
            return nil
        } catch {
            return StepOptions.message(for: error)
        }
    }

    @Test(arguments: [
        (["--lr", "0", "--steps", "5"], "'--lr' must be a positive number, not 0.0"),
        (["--lr", "-0.1", "--steps", "5"], "'--lr' must be a positive number, not -0.1"),
        (["--lr", "0.1", "--steps", "-1"], "'--steps' must be in 1...100000, not -1"),
        (["--lr", "0.1", "--steps", "0"], "'--steps' must be in 1...100000, not 0"),
        (["--lr", "0.1", "--steps", "100001"], "'--steps' must be in 1...100000, not 100001"),
        (["--lr", "0.1", "--steps", "5", "--steps-per-epoch", "-2"], "'--steps-per-epoch' must be in 1...100000, not -2"),
    ])
    func stepOptionsAreRangeChecked(arguments: [String], expected: String) {
        #expect(Self.message(arguments) == expected)
    }

    @Test func validStepOptionsParse() throws {
        let options = try StepOptions.parse(["--lr", "0.1", "--steps", "100000", "--steps-per-epoch", "10"])
        #expect(options.steps == 100_000)
        #expect(options.stepsPerEpoch == 10)
    }

    @Test func traceReadsNegativeStartsAndChecksSeeds() throws {
        let trace = try TraceCommand.parse(["--surface", "bowl", "--optimizer", "sgd", "--lr", "0.1", "--steps", "3", "--start", "-1,2"])
        #expect(trace.start.point.x == -1)
        #expect(TraceCommand.message(for: Self.error { try TraceCommand.parse(["--surface", "bowl", "--optimizer", "sgd", "--lr", "0.1", "--steps", "3", "--start", "0,0", "--seed", "-3"]) })
            == "'--seed' must be in 0...9007199254740992, not -3")
        #expect(TraceCommand.message(for: Self.error { try TraceCommand.parse(["--surface", "bowl", "--optimizer", "sgd", "--lr", "0.1", "--steps", "3", "--start", "0,0", "--batch-size", "0"]) })
            == "'--batch-size' must be in 1...1000000, not 0")
    }

    static func error(_ body: () throws -> Any) -> any Error {
        do {
            _ = try body()
            return CancellationError()
        } catch {
            return error
        }
    }

    @Test func emptyFoldersAreReported() throws {
        let folder = NSTemporaryDirectory() + "descent-cli-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (files, missing, empty) = LessonPaths.expand([folder, folder + "/nothing.yaml"])
        #expect(files.isEmpty)
        #expect(missing == [folder + "/nothing.yaml"])
        #expect(empty == [folder])
    }

    @Test func warningsAsErrorsFailALesson() {
        let warning = Diagnostic(file: "a.yaml", line: 3, column: 5, severity: .warning, message: "start point outside")
        #expect(!DiagnosticPrinter().fails([warning]))
        #expect(DiagnosticPrinter(warningsAsErrors: true).fails([warning]))
        #expect(!DiagnosticPrinter(warningsAsErrors: true).fails([]))
        #expect(DiagnosticPrinter().lines([warning]) == ["a.yaml:3:5: warning: start point outside"])
        #expect(DiagnosticPrinter(warningsAsErrors: true).lines([warning]) == ["a.yaml:3:5: error: start point outside"])
    }

    /// 120 problems print as the first 50 and one line counting the other 70.
    @Test func messagesAreCapped() {
        let many = (1...120).map { Diagnostic(file: "a.yaml", line: $0, column: 1, message: "unknown key 'k\($0)'") }
        let lines = DiagnosticPrinter().lines(many)
        #expect(lines.count == 51)
        #expect(lines.first == "a.yaml:1:1: error: unknown key 'k1'")
        #expect(lines[49] == "a.yaml:50:1: error: unknown key 'k50'")
        #expect(lines.last == "... and 70 more problems in a.yaml")
    }
}

import ArgumentParser
import Foundation
import Testing
@testable import descent

/// `descent check` runs a lesson that states claims and fails when one does not hold.
@Suite("descent check")
struct CheckCommandTests {
    /// On f = (x^2 + y^2)/2, SGD with lr 0.5 halves the point each step: from (1, 0), three steps
    /// end at (0.125, 0) with loss 0.0078125, so `final_loss_below: 0.01` holds and `0.005` fails.
    @Test(arguments: [("0.01", true), ("0.005", false)])
    func claimsDecideTheOutcome(bound: String, holds: Bool) throws {
        let folder = NSTemporaryDirectory() + "descent-check-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/claims.yaml"
        try """
            title: T
            surface: {expression: "(x^2 + y^2)/2"}
            domain: {x: [-2, 2], y: [-2, 2]}
            start: [1, 0]
            steps: 3
            runs: [{optimizer: sgd, lr: 0.5, id: half}]
            claims: [{run: half, final_loss_below: \(bound)}]
            """.write(toFile: path, atomically: true, encoding: .utf8)
        let command = try CheckCommand.parse([path])
        if holds {
            try command.run()
        } else {
            #expect(throws: ExitCode.failure) { try command.run() }
        }
    }
}

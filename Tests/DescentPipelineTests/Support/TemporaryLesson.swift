import Foundation

/// A lesson file written into a fresh temporary folder, with an output folder beside it.
struct TemporaryLesson {
    let directory: String
    let path: String
    var output: String { directory + "/out" }

    init(name: String = "fixture", _ yaml: String) throws {
        directory = NSTemporaryDirectory() + "descent-pipeline-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        path = "\(directory)/\(name).yaml"
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
    }

    func remove() { try? FileManager.default.removeItem(atPath: directory) }

    /// Three runs on the round bowl, with every issue-2 figure.
    static let threeRuns = """
        title: Three optimizers on a bowl
        surface: bowl
        start: [-1.5, 1.0]
        steps: 30
        runs:
          - {optimizer: sgd, lr: 0.1, label: SGD}
          - {optimizer: momentum, lr: 0.05, label: Momentum}
          - {optimizer: adam, lr: 0.1, label: Adam}
        figures:
          - {kind: contour, name: paths}
          - {kind: lr, name: lr}
          - {kind: loss, name: loss, log: true}
          - {kind: layout, name: overview, panels: [paths, [lr, loss]]}
        output: {formats: [png, svg, pdf], size: slide, scale: 2}
        """
}

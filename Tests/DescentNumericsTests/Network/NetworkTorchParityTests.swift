import Foundation
import Testing
@testable import DescentNumerics

/// A short training run against PyTorch itself (float64), with the same initial weights, data
/// and batch order: `nn.Sequential(Linear(2,16), Tanh, Linear(16,16), Tanh, Linear(16,2))`,
/// `CrossEntropyLoss()`, `StepLR(step_size=20, gamma=0.5)` stepped once per epoch. Skipped,
/// visibly, where `import torch` fails (CI).
@Suite("Network training against PyTorch")
struct NetworkTorchParityTests {
    static func python(_ arguments: [String], input: String) -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let output = Pipe(), inputPipe = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = inputPipe
        do { try process.run() } catch { return (-1, "\(error)") }
        inputPipe.fileHandleForWriting.write(Data(input.utf8))
        try? inputPipe.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static let torchAvailable = python(["-c", "import torch"], input: "").status == 0

    /// Reads the JSON case from stdin, trains with the given batches, prints the final parameters
    /// flattened in `model.parameters()` order.
    static let script = """
        import json, sys, torch
        torch.set_default_dtype(torch.float64)
        case = json.load(sys.stdin)
        widths, theta = case['widths'], case['theta']
        layers = []
        for i, (a, b) in enumerate(zip(widths, widths[1:])):
            layers.append(torch.nn.Linear(a, b))
            if i < len(widths) - 2:
                layers.append(torch.nn.Tanh() if case['activation'] == 'tanh' else torch.nn.ReLU())
        model = torch.nn.Sequential(*layers)
        with torch.no_grad():
            torch.nn.utils.vector_to_parameters(torch.tensor(theta), model.parameters())
        x = torch.tensor(case['features']).reshape(-1, 2)
        y = torch.tensor(case['labels'])
        if case['optimizer'] == 'momentum':
            opt = torch.optim.SGD(model.parameters(), lr=case['lr'], momentum=0.9)
        else:
            opt = torch.optim.Adam(model.parameters(), lr=case['lr'])
        sched = torch.optim.lr_scheduler.StepLR(opt, step_size=20, gamma=0.5)
        loss_fn = torch.nn.CrossEntropyLoss()
        for step, batch in enumerate(case['batches'], start=1):
            opt.zero_grad()
            loss = loss_fn(model(x[batch]), y[batch])
            loss.backward()
            opt.step()
            if step % case['steps_per_epoch'] == 0:
                sched.step()
        print(json.dumps(torch.nn.utils.parameters_to_vector(model.parameters()).tolist()))
        """

    static func list(_ values: [some CustomStringConvertible]) -> String { "[" + values.map(\.description).joined(separator: ", ") + "]" }

    /// 300 steps (100 epochs of 3 batches of 16 from 48 training points): every parameter within
    /// 1e-9 of PyTorch's.
    @Test(.enabled(if: torchAvailable, "needs python3 with torch"), arguments: [("momentum", 0.1, Activation.tanh), ("adam", 0.01, .relu)])
    func trainingMatchesPyTorch(optimizer name: String, learningRate: Double, activation: Activation) throws {
        let data = ToyDataset.spirals.generate(samples: 64, noise: 0.1, seed: 5).split(validation: 0.25)
        let network = MultilayerPerceptron(hidden: [16, 16], classes: 2, activation: activation)
        let theta = LinearInitialization.parameters(for: network.layout, seed: 9)
        let steps = 300, batchSize = 16, seed: UInt64 = 21
        let context = BuildContext(totalSteps: steps, stepsPerEpoch: 3, learningRate: learningRate)
        let run = try ParameterRunner.run(ParameterRunSetup(
            objective: NetworkObjective(network: network, train: data.train, validation: data.validation),
            optimizer: try Optimizers.catalog.build(name, context: context),
            schedule: try Schedules.catalog.build("step", ["step_size": .number(20), "gamma": .number(0.5)], context: context),
            learningRate: learningRate, start: theta, steps: steps, batchSize: batchSize, seed: seed
        ))
        var sampler = MiniBatchSampler(count: data.train.count, batchSize: batchSize, seed: seed)
        let batches = (0..<steps).map { _ in
            let batch = sampler.nextBatch()
            return Self.list(Array(sampler.order[batch]))
        }
        let input = """
            {"widths": \(Self.list(network.layout.widths)), "theta": \(Self.list(theta)), "activation": "\(activation.rawValue)",
             "features": \(Self.list(data.train.features)), "labels": \(Self.list(data.train.labels)), "optimizer": "\(name)",
             "lr": \(learningRate), "steps_per_epoch": 3, "batches": [\(batches.joined(separator: ", "))]}
            """
        let result = Self.python(["-c", Self.script], input: input)
        try #require(result.status == 0, "\(result.output)")
        let torch = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [Double])
        let final = try #require(run.finalParameters)
        #expect(run.stepCount == steps && torch.count == final.count)
        let worst = zip(torch, final).map { abs($0 - $1) }.max() ?? .infinity
        #expect(worst < 1e-9, "largest difference \(worst)")
        #expect(run.losses.last! < run.losses.first!, "training lowered the loss")
    }
}

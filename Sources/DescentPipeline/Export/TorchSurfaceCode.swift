import Foundation
import DescentNumerics

/// A lesson's surface as a torch function, in the operation order of Descent's own `value(at:)`.
///
/// `loss(x, y)` takes two 0-dimensional float64 tensors; for data surfaces `loss(x, y, batch)`
/// takes the sample indices of a mini-batch (all samples when `batch` is None). Gradients come
/// from autograd, which rounds differently from Descent's hand-written and forward-mode
/// gradients (see docs/pytorch-parity.md).
enum TorchSurfaceCode {
    /// The Python definition of `loss`, or nil when the surface has no translation.
    static func code(for surface: any Surface) -> [String]? {
        if let penalized = surface as? any PenalizedSurface {
            guard var lines = code(for: penalized.unpenalized) else { return nil }
            // f + l1 (|x| + |y|) + l2 (x^2 + y^2), Regularized's order.
            let penalty = "\(literal(penalized.l1)) * (torch.abs(x) + torch.abs(y)) + \(literal(penalized.l2)) * (x * x + y * y)"
            lines = lines.map { $0.replacingOccurrences(of: "def loss(", with: "def base_loss(") }
            let data = surface is any SampledSurface
            lines += [
                "",
                data ? "def loss(x, y, batch=None):" : "def loss(x, y):",
                "    return " + (data ? "base_loss(x, y, batch)" : "base_loss(x, y)") + " + (\(penalty))",
            ]
            return lines
        }
        switch surface {
        case is Bowl:
            return simple("0.5 * (x * x + y * y)")
        case let ravine as Ravine:
            let radians = ravine.angle * .pi / 180
            let c = cos(radians), s = sin(radians)
            return [
                "def loss(x, y):",
                "    qx = \(literal(c)) * x + \(literal(s)) * y",
                "    qy = \(literal(-s)) * x + \(literal(c)) * y",
                "    return 0.5 * (qx * qx + \(literal(ravine.condition)) * qy * qy)",
            ]
        case let rosenbrock as Rosenbrock:
            return [
                "def loss(x, y):",
                "    u = \(literal(rosenbrock.a)) - x",
                "    w = y - x * x",
                "    return u * u + \(literal(rosenbrock.b)) * w * w",
            ]
        case is Himmelblau:
            return ["def loss(x, y):", "    a = x * x + y - 11", "    b = x + y * y - 7", "    return a * a + b * b"]
        case is Beale:
            return [
                "def loss(x, y):",
                "    total, power = 0.0, 1.0",
                "    for c in (1.5, 2.25, 2.625):",
                "        power = power * y",
                "        t = c - x + x * power",
                "        total = total + t * t",
                "    return total",
            ]
        case is Saddle:
            return simple("x * x - y * y")
        case let plateau as Plateau:
            return simple("1 - torch.exp(-(x * x + y * y) / \(literal(plateau.width * plateau.width)))")
        case is Multiwell:
            let terms = Multiwell.terms
            var lines = ["def loss(x, y):", "    f = \(literal(0.5 * terms.bowl)) * (x * x + y * y)"]
            for well in terms.wells {
                lines += [
                    "    qx = x - \(literal(well.center.x))",
                    "    qy = y - \(literal(well.center.y))",
                    "    f = f - \(literal(well.depth)) * torch.exp(-(qx * qx + qy * qy) / \(literal(2 * well.width * well.width)))",
                ]
            }
            return lines + ["    return f"]
        case let expression as ExpressionSurface:
            let (body, result) = expression.formula.python(variables: ["x", "y"], math: .torch)
            return ["def loss(x, y):", "    # \(expression.formula.text)"] + body.map { "    " + $0 } + ["    return \(result)"]
        case let data as LeastSquares:
            return sampled(data.data, comment: "the mean of (x * input + y - target)^2 over the batch (all samples when None)",
                           residual: "x * inputs + y - targets")
        case let network as DeepLinear:
            return sampled(network.data, comment: "the two-layer linear network input -> x -> y: the mean of (x * y * input - target)^2",
                           residual: "x * y * inputs - targets")
        case let data as LogisticRegression:
            return [
                "X = torch.tensor([\(data.data.inputs.map(literal).joined(separator: ", "))])",
                "T = torch.tensor([\(data.data.targets.map(literal).joined(separator: ", "))])",
                "",
                "def loss(x, y, batch=None):",
                "    # BCEWithLogitsLoss: the mean of softplus(z) - target * z, z = x * input + y, over the batch",
                "    inputs, targets = (X, T) if batch is None else (X[batch], T[batch])",
                "    z = x * inputs + y",
                "    softplus = torch.clamp(z, min=0) + torch.log1p(torch.exp(-torch.abs(z)))",
                "    return (softplus - targets * z).sum() / len(inputs)",
            ]
        default:
            return nil
        }
    }

    /// A data surface: its samples as tensors and the mean of `residual^2` over a batch of them.
    private static func sampled(_ data: Dataset, comment: String, residual: String) -> [String] {
        [
            "X = torch.tensor([\(data.inputs.map(literal).joined(separator: ", "))])",
            "T = torch.tensor([\(data.targets.map(literal).joined(separator: ", "))])",
            "",
            "def loss(x, y, batch=None):",
            "    # " + comment,
            "    inputs, targets = (X, T) if batch is None else (X[batch], T[batch])",
            "    r = " + residual,
            "    return (r * r).sum() / len(inputs)",
        ]
    }

    private static func simple(_ expression: String) -> [String] {
        ["def loss(x, y):", "    return " + expression]
    }

    /// A Python float literal that reads back to `v`.
    static func literal(_ v: Double) -> String { Formula.literal(v) }
}

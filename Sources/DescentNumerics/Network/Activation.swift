import Foundation

/// The nonlinearity between a network's Linear layers.
///
///     tanh:  a = tanh(z),    da/dz = 1 - a^2
///     relu:  a = max(z, 0),  da/dz = 1 if z > 0 else 0   (PyTorch's subgradient 0 at z = 0)
///
/// Both derivatives are written in terms of the output `a`, which is what backpropagation keeps
/// (`a > 0` exactly when `z > 0`).
public enum Activation: String, Sendable, CaseIterable {
    /// `nn.Tanh`.
    case tanh
    /// `nn.ReLU`.
    case relu

    /// `a(z)`.
    @inline(__always)
    public func apply(_ z: Double) -> Double {
        switch self {
        case .tanh: Foundation.tanh(z)
        case .relu: z > 0 ? z : 0
        }
    }

    /// `da/dz` from the output `a`.
    @inline(__always)
    public func derivative(output a: Double) -> Double {
        switch self {
        case .tanh: 1 - a * a
        case .relu: a > 0 ? 1 : 0
        }
    }
}

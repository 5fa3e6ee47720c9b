/// Element-wise operations written in the operation order of PyTorch's CPU kernels, so that
/// update rules built from them agree with `torch.optim` to the last digit (for `float64`
/// tensors, e.g. after `torch.set_default_dtype(torch.float64)`).
///
/// The kernels in `aten/src/ATen/native/cpu` compute, per element:
/// - `a.add(b, alpha=s)`: `a + s * b`
/// - `a.addcmul(t1, t2, value=s)`: `a + (s * t1) * t2`
/// - `a.addcdiv(t1, t2, value=s)`: `a + (s * t1) / t2`
/// - `a.lerp(b, w)`: `a + w * (b - a)` when `|w| < 0.5`, else `b - (b - a) * (1 - w)`
/// - `torch.maximum(a, b)`: the larger element, NaN if either is NaN
///
/// The first three are spelled out where they are used; the last two live here.
enum TorchPointwise {
    /// `start.lerp_(end, weight)`, with PyTorch's branch for better accuracy when `weight >= 0.5`.
    @inline(__always)
    static func lerp<V: SIMD>(_ start: V, _ end: V, _ weight: Double) -> V where V.Scalar == Double {
        if abs(weight) < 0.5 {
            return start + weight * (end - start)
        }
        return end - (end - start) * (1 - weight)
    }

    /// `torch.maximum(a, b)`: element-wise maximum that propagates NaN.
    @inline(__always)
    static func maximum<V: SIMD>(_ a: V, _ b: V) -> V where V.Scalar == Double {
        var result = a
        for i in result.indices { result[i] = larger(a[i], b[i]) }
        return result
    }

    /// `g.abs()`: element-wise absolute value.
    @inline(__always)
    static func magnitude(_ v: Vec2) -> Vec2 {
        Vec2(abs(v.x), abs(v.y))
    }

    @inline(__always)
    private static func larger(_ a: Double, _ b: Double) -> Double {
        if a.isNaN || b.isNaN { return .nan }
        return a > b ? a : b
    }
}

/// The strong-Wolfe line search of `torch.optim.LBFGS` (`_strong_wolfe` and `_cubic_interpolate`
/// in torch/optim/lbfgs.py, ported there from Torch7's `lswolfe.lua` and `polyinterp.lua`),
/// operation for operation.
///
/// Along direction `d` from `x` (with loss `f`, gradient `g` and slope `gtd = g . d`) it looks
/// for a step `t` with sufficient decrease and small slope,
///
///     f(x + t d) <= f + c1 t gtd        |g(x + t d) . d| <= -c2 gtd
///
/// first widening a bracket (each new trial cubic-interpolated within `[t + 0.01 (t - t_prev),
/// 10 t]`), then zooming into it with cubic interpolation kept at least a tenth of the bracket
/// from its ends. Python's `min`/`max` are kept as written (`max(a, b)` is `b` only when
/// `b > a`), which matters only for NaN.
enum StrongWolfe {
    /// The accepted step: its loss, gradient, length and the evaluations it took.
    struct Result {
        var loss: Double
        var gradient: Vec2
        var t: Double
        var evaluations: Int
    }

    /// Searches from `t`; `evaluate(t)` is the closure's `(f, grad f)` at `x + t d`.
    static func search(
        t initial: Double, d: Vec2, loss f: Double, gradient g: Vec2, gtd: Double,
        c1: Double = 1e-4, c2: Double = 0.9, toleranceChange: Double = 1e-9, maxLS: Int = 25,
        evaluate: (Double) -> (Double, Vec2)
    ) -> Result {
        let dNorm = pyMax(abs(d.x), abs(d.y))
        var t = initial
        var (fNew, gNew) = evaluate(t)
        var evaluations = 1
        var gtdNew = dot(gNew, d)
        var tPrev = 0.0, fPrev = f, gPrev = g, gtdPrev = gtd
        var done = false
        var lsIter = 0
        var bracket: [Double] = [], bracketF: [Double] = [], bracketG: [Vec2] = [], bracketGtd: [Double] = []
        while lsIter < maxLS {
            if fNew > (f + c1 * t * gtd) || (lsIter > 1 && fNew >= fPrev) {
                (bracket, bracketF, bracketG, bracketGtd) = ([tPrev, t], [fPrev, fNew], [gPrev, gNew], [gtdPrev, gtdNew])
                break
            }
            if abs(gtdNew) <= -c2 * gtd {
                (bracket, bracketF, bracketG) = ([t], [fNew], [gNew])
                done = true
                break
            }
            if gtdNew >= 0 {
                (bracket, bracketF, bracketG, bracketGtd) = ([tPrev, t], [fPrev, fNew], [gPrev, gNew], [gtdPrev, gtdNew])
                break
            }
            let minStep = t + 0.01 * (t - tPrev)
            let maxStep = t * 10
            let previous = t
            t = cubicInterpolate(tPrev, fPrev, gtdPrev, t, fNew, gtdNew, bounds: (minStep, maxStep))
            (tPrev, fPrev, gPrev, gtdPrev) = (previous, fNew, gNew, gtdNew)
            (fNew, gNew) = evaluate(t)
            evaluations += 1
            gtdNew = dot(gNew, d)
            lsIter += 1
        }
        if lsIter == maxLS {
            (bracket, bracketF, bracketG) = ([0, t], [f, fNew], [g, gNew])
        }

        var insufficientProgress = false
        var (low, high) = bracketF.first.flatMap { first in bracketF.last.map { first <= $0 ? (0, 1) : (1, 0) } } ?? (0, 1)
        while !done, lsIter < maxLS, bracket.count == 2, bracketGtd.count == 2 {
            if abs(bracket[1] - bracket[0]) * dNorm < toleranceChange { break }
            t = cubicInterpolate(bracket[0], bracketF[0], bracketGtd[0], bracket[1], bracketF[1], bracketGtd[1])
            let top = pyMax(bracket[0], bracket[1]), bottom = pyMin(bracket[0], bracket[1])
            let eps = 0.1 * (top - bottom)
            if pyMin(top - t, t - bottom) < eps {
                if insufficientProgress || t >= top || t <= bottom {
                    t = abs(t - top) < abs(t - bottom) ? top - eps : bottom + eps
                    insufficientProgress = false
                } else {
                    insufficientProgress = true
                }
            } else {
                insufficientProgress = false
            }
            (fNew, gNew) = evaluate(t)
            evaluations += 1
            gtdNew = dot(gNew, d)
            lsIter += 1
            if fNew > (f + c1 * t * gtd) || fNew >= bracketF[low] {
                (bracket[high], bracketF[high], bracketG[high], bracketGtd[high]) = (t, fNew, gNew, gtdNew)
                (low, high) = bracketF[0] <= bracketF[1] ? (0, 1) : (1, 0)
            } else {
                if abs(gtdNew) <= -c2 * gtd {
                    done = true
                } else if gtdNew * (bracket[high] - bracket[low]) >= 0 {
                    (bracket[high], bracketF[high], bracketG[high], bracketGtd[high]) = (bracket[low], bracketF[low], bracketG[low], bracketGtd[low])
                }
                (bracket[low], bracketF[low], bracketG[low], bracketGtd[low]) = (t, fNew, gNew, gtdNew)
            }
        }
        guard low < bracket.count else { return Result(loss: fNew, gradient: gNew, t: t, evaluations: evaluations) }
        return Result(loss: bracketF[low], gradient: bracketG[low], t: bracket[low], evaluations: evaluations)
    }

    /// `_cubic_interpolate`: the minimizer of the cubic through `(x1, f1)` and `(x2, f2)` with
    /// slopes `g1`, `g2`, clamped to `bounds` (default the two points), or the middle of the
    /// bounds when the cubic has no real minimizer:
    ///
    ///     d1 = g1 + g2 - 3 (f1 - f2) / (x1 - x2),   d2 = sqrt(d1^2 - g1 g2)
    ///     x = x2 - (x2 - x1) (g2 + d2 - d1) / (g2 - g1 + 2 d2)     (x1 <= x2; mirrored otherwise)
    static func cubicInterpolate(_ x1: Double, _ f1: Double, _ g1: Double, _ x2: Double, _ f2: Double, _ g2: Double,
                                 bounds: (Double, Double)? = nil) -> Double {
        let (lower, upper) = bounds ?? (x1 <= x2 ? (x1, x2) : (x2, x1))
        let d1 = g1 + g2 - 3 * (f1 - f2) / (x1 - x2)
        let d2Square = d1 * d1 - g1 * g2
        guard d2Square >= 0 else { return (lower + upper) / 2.0 }
        let d2 = d2Square.squareRoot()
        let minimizer = x1 <= x2
            ? x2 - (x2 - x1) * ((g2 + d2 - d1) / (g2 - g1 + 2 * d2))
            : x1 - (x1 - x2) * ((g1 + d2 - d1) / (g1 - g2 + 2 * d2))
        return pyMin(pyMax(minimizer, lower), upper)
    }

    /// `torch.dot` of two 2-vectors: `a0 b0 + a1 b1`.
    @inline(__always)
    static func dot(_ a: Vec2, _ b: Vec2) -> Double { a.x * b.x + a.y * b.y }

    /// Python's `max(a, b)`: `b` only when `b > a`.
    @inline(__always)
    static func pyMax(_ a: Double, _ b: Double) -> Double { b > a ? b : a }

    /// Python's `min(a, b)`: `b` only when `b < a`.
    @inline(__always)
    static func pyMin(_ a: Double, _ b: Double) -> Double { b < a ? b : a }
}

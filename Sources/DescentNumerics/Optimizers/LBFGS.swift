/// L-BFGS as in `torch.optim.LBFGS` (torch/optim/lbfgs.py), one `optimizer.step(closure)` per
/// step of the run.
///
/// Each step evaluates the closure `(f, g)` at the point, stops if `max|g| <= tolerance_grad`,
/// and otherwise runs up to `max_iter` quasi-Newton iterations (at most `max_eval` closure
/// calls). Iteration `k` (counted over the whole run, as PyTorch's `state['n_iter']`):
///
///     k = 1:  d = -g, empty history, H_diag = 1
///     k > 1:  y = g - g_prev,  s = t d,  if y.s > 1e-10: remember (y, s, 1/y.s) (at most
///             history_size), H_diag = y.s / y.y;  d = -H g by the two-loop recursion
///     t = min(1, 1 / sum|g|) lr  at k = 1, else lr
///     stop if g.d > -tolerance_change
///     line_search_fn none:          x <- x + t d, then re-evaluate (f, g) unless k is the last
///     line_search_fn strong_wolfe:  t from `StrongWolfe`, x <- x + t d
///     stop after max_iter, max_eval, max|g| <= tolerance_grad, max|t d| <= tolerance_change
///     or |f - f_prev| < tolerance_change
///
/// The closure is the surface's exact loss and gradient (full batch, no noise). Every point
/// where it was evaluated is kept for the step (`State.evaluations`), so a figure can show the
/// inner iterations of one step. Without an evaluator in the step's context the point stays.
public struct LBFGS: Optimizer {
    /// `line_search_fn`.
    public enum LineSearch: String, Sendable, CaseIterable {
        /// `None`: fixed steps of length `lr`.
        case none
        /// `'strong_wolfe'`.
        case strongWolfe = "strong_wolfe"
    }

    /// `max_iter`: iterations per step.
    public var maxIter: Int
    /// `max_eval`: closure evaluations per step.
    public var maxEval: Int
    /// `tolerance_grad`.
    public var toleranceGrad: Double
    /// `tolerance_change`.
    public var toleranceChange: Double
    /// `history_size`.
    public var historySize: Int
    /// `line_search_fn`.
    public var lineSearch: LineSearch

    /// PyTorch's global L-BFGS state (kept across steps), and the points evaluated by the last step.
    public struct State: Sendable {
        var funcEvals = 0
        var nIter = 0
        var d = Vec2.zero
        var t = 0.0
        var oldDirs: [Vec2] = []
        var oldStps: [Vec2] = []
        var ro: [Double] = []
        var hDiag = 1.0
        var prevFlatGrad: Vec2?
        var prevLoss = 0.0
        var al: [Double] = []
        /// The points the last step evaluated the closure at, in order (its start first).
        public var evaluations: [Vec2] = []
    }

    /// Creates L-BFGS; the defaults are `torch.optim.LBFGS`'s (`max_eval = max_iter * 5 // 4`).
    public init(maxIter: Int = 20, maxEval: Int? = nil, toleranceGrad: Double = 1e-7, toleranceChange: Double = 1e-9,
                historySize: Int = 100, lineSearch: LineSearch = .none) {
        self.maxIter = max(1, maxIter)
        self.maxEval = maxEval ?? self.maxIter * 5 / 4
        self.toleranceGrad = toleranceGrad
        self.toleranceChange = toleranceChange
        self.historySize = max(1, historySize)
        self.lineSearch = lineSearch
    }

    public var needsClosure: Bool { true }

    public func makeState() -> State { State() }

    public func evaluations(in state: State) -> [Vec2] { state.evaluations }

    public func update(_ point: inout Vec2, state: inout State, context: StepContext) -> Vec2? {
        guard let evaluate = context.evaluate else { return nil }
        state.evaluations.removeAll(keepingCapacity: true)
        let lr = context.learningRate
        var (loss, flatGrad) = evaluate(point)
        state.evaluations.append(point)
        var currentEvals = 1
        state.funcEvals += 1
        var optimal = Self.maxAbs(flatGrad) <= toleranceGrad
        if optimal { return nil }

        var nIter = 0
        while nIter < maxIter {
            nIter += 1
            state.nIter += 1
            if state.nIter == 1 {
                state.d = -flatGrad
                state.oldDirs = []
                state.oldStps = []
                state.ro = []
                state.hDiag = 1
            } else {
                state.d = direction(flatGrad, state: &state)
            }
            state.prevFlatGrad = flatGrad
            state.prevLoss = loss
            state.t = state.nIter == 1 ? StrongWolfe.pyMin(1.0, 1.0 / (abs(flatGrad.x) + abs(flatGrad.y))) * lr : lr
            let d = state.d
            let gtd = StrongWolfe.dot(flatGrad, d)
            if gtd > -toleranceChange { break }

            var lineEvals = 0
            switch lineSearch {
            case .strongWolfe:
                let x = point
                // PyTorch 2.15 bounds the search by the evaluations left: `max_ls=max_eval - current_evals`.
                let result = StrongWolfe.search(t: state.t, d: d, loss: loss, gradient: flatGrad, gtd: gtd, maxLS: maxEval - currentEvals) { t in
                    let trial = x + t * d
                    state.evaluations.append(trial)
                    return evaluate(trial)
                }
                (loss, flatGrad, state.t, lineEvals) = (result.loss, result.gradient, result.t, result.evaluations)
                point = point + state.t * d
                optimal = Self.maxAbs(flatGrad) <= toleranceGrad
            case .none:
                point = point + state.t * d
                if nIter != maxIter {
                    (loss, flatGrad) = evaluate(point)
                    state.evaluations.append(point)
                    optimal = Self.maxAbs(flatGrad) <= toleranceGrad
                    lineEvals = 1
                }
            }
            currentEvals += lineEvals
            state.funcEvals += lineEvals

            if nIter == maxIter { break }
            if currentEvals >= maxEval { break }
            if optimal { break }
            if Self.maxAbs(d * state.t) <= toleranceChange { break }
            if abs(loss - state.prevLoss) < toleranceChange { break }
        }
        return nil
    }

    /// The history update and the two-loop recursion, `d = -H g`, in PyTorch's order.
    private func direction(_ flatGrad: Vec2, state: inout State) -> Vec2 {
        let y = flatGrad - (state.prevFlatGrad ?? flatGrad)
        let s = state.d * state.t
        let ys = StrongWolfe.dot(y, s)
        if ys > 1e-10 {
            if state.oldDirs.count == historySize {
                state.oldDirs.removeFirst()
                state.oldStps.removeFirst()
                state.ro.removeFirst()
            }
            state.oldDirs.append(y)
            state.oldStps.append(s)
            state.ro.append(1.0 / ys)
            state.hDiag = ys / StrongWolfe.dot(y, y)
        }
        let count = state.oldDirs.count
        if state.al.isEmpty { state.al = Array(repeating: 0, count: historySize) }
        // q.add_(old_dirs[i], alpha=-al[i]): q + (-al_i) * y_i.
        var q = -flatGrad
        for i in stride(from: count - 1, through: 0, by: -1) {
            state.al[i] = StrongWolfe.dot(state.oldStps[i], q) * state.ro[i]
            q = q + (-state.al[i]) * state.oldDirs[i]
        }
        // r.add_(old_stps[i], alpha=al[i] - be_i): r + (al_i - be_i) * s_i.
        var r = q * state.hDiag
        for i in 0..<count {
            let be = StrongWolfe.dot(state.oldDirs[i], r) * state.ro[i]
            r = r + (state.al[i] - be) * state.oldStps[i]
        }
        return r
    }

    /// `tensor.abs().max()`.
    private static func maxAbs(_ v: Vec2) -> Double { StrongWolfe.pyMax(abs(v.x), abs(v.y)) }
}

extension LBFGS {
    /// The catalog entry for `lbfgs`.
    static let catalogEntry = CatalogEntry<any Optimizer>(
        name: "lbfgs", aliases: ["LBFGS", "L-BFGS"],
        summary: "L-BFGS: quasi-Newton from the last history_size steps, up to max_iter iterations per step (torch.optim.LBFGS; its default lr is 1)",
        parameters: [
            ParameterSpec("max_iter", .integer, range: 1...1e6, default: .number(20), summary: "Iterations per optimizer step"),
            ParameterSpec("max_eval", .integer, range: 1...1e6, summary: "Closure evaluations per step (default: max_iter * 5 // 4)"),
            ParameterSpec("tolerance_grad", .number, range: 0...Double.infinity, default: .number(1e-7),
                          summary: "Stop when max|g| is at most this"),
            ParameterSpec("tolerance_change", .number, range: 0...Double.infinity, default: .number(1e-9),
                          summary: "Stop when the step or the loss change is below this"),
            ParameterSpec("history_size", .integer, range: 1...1e6, default: .number(100), summary: "Steps remembered"),
            ParameterSpec("line_search_fn", .choice(LineSearch.allCases.map(\.rawValue)), default: .text("none"),
                          summary: "none (fixed step lr) or strong_wolfe"),
        ],
        rule: rule, formula: formula
    ) { reader throws(ParameterError) in
        let name = try reader.text("line_search_fn", default: "none")
        guard let search = LineSearch(rawValue: name) else { throw reader.invalid("line_search_fn", "unknown line_search_fn '\(name)'; use none or strong_wolfe") }
        let maxIter = try reader.integer("max_iter", default: 20)
        return LBFGS(
            maxIter: maxIter,
            maxEval: try reader.optionalInteger("max_eval"),
            toleranceGrad: try reader.number("tolerance_grad", default: 1e-7),
            toleranceChange: try reader.number("tolerance_change", default: 1e-9),
            historySize: try reader.integer("history_size", default: 100),
            lineSearch: search
        )
    }

    /// The update rule as the formula box on maps writes it.
    static let formula = "x<sub>t+1</sub> = x<sub>t</sub> − η H<sub>t</sub> g<sub>t</sub>\n(H<sub>t</sub> ≈ ∇²f<sup>−1</sup> from the last m steps)"

    /// The rule as `descent list` prints it (the block in the type's documentation).
    static let rule = """
        k = 1:  d = -g, empty history, H_diag = 1
        k > 1:  y = g - g_prev,  s = t d,  if y.s > 1e-10: remember (y, s, 1/y.s), H_diag = y.s / y.y
                d = -H g by the two-loop recursion
        t = min(1, 1 / sum|g|) lr  at k = 1, else lr
        stop if g.d > -tolerance_change
        none:          x <- x + t d, re-evaluate (f, g) unless k = max_iter
        strong_wolfe:  t from the strong-Wolfe line search, x <- x + t d
        stop after max_iter, max_eval, max|g| <= tolerance_grad, max|t d| <= tolerance_change, |f - f_prev| < tolerance_change
        """
}

import DescentNumerics

/// A built optimizer as the Python that creates it: a `torch.optim` constructor with the values
/// Descent used, or, for methods PyTorch lacks (Newton, Lion, signSGD, Adam without bias
/// correction), a small `torch.optim.Optimizer` subclass defined in the script with the same rule.
enum TorchOptimizerCode {
    /// The constructor call (`torch.optim.SGD([p], lr=0.1, ...)`) and any class it needs, or nil
    /// when the optimizer has no translation.
    static func code(for optimizer: any Optimizer, learningRate lr: Double) -> (setup: [String], call: String)? {
        let rate = literal(lr)
        switch optimizer {
        case let o as SGD:
            return ([], "torch.optim.SGD([p], lr=\(rate), momentum=\(literal(o.momentum)), dampening=\(literal(o.dampening)), nesterov=\(py(o.nesterov)), weight_decay=\(literal(o.weightDecay)), maximize=\(py(o.maximize)))")
        case let o as Adagrad:
            return ([], "torch.optim.Adagrad([p], lr=\(rate), lr_decay=\(literal(o.learningRateDecay)), weight_decay=\(literal(o.weightDecay)), initial_accumulator_value=\(literal(o.initialAccumulatorValue)), eps=\(literal(o.eps)), maximize=\(py(o.maximize)))")
        case let o as RMSprop:
            return ([], "torch.optim.RMSprop([p], lr=\(rate), alpha=\(literal(o.alpha)), eps=\(literal(o.eps)), weight_decay=\(literal(o.weightDecay)), momentum=\(literal(o.momentum)), centered=\(py(o.centered)), maximize=\(py(o.maximize)))")
        case let o as Adam where o.biasCorrection:
            let name = o.decoupledWeightDecay ? "AdamW" : "Adam"
            return ([], "torch.optim.\(name)([p], lr=\(rate), betas=(\(literal(o.beta1)), \(literal(o.beta2))), eps=\(literal(o.eps)), weight_decay=\(literal(o.weightDecay)), amsgrad=\(py(o.amsgrad)), maximize=\(py(o.maximize)))")
        case let o as Adam:
            return (adamWithoutBiasCorrection, "AdamWithoutBiasCorrection([p], lr=\(rate), betas=(\(literal(o.beta1)), \(literal(o.beta2))), eps=\(literal(o.eps)), weight_decay=\(literal(o.weightDecay)), decoupled=\(py(o.decoupledWeightDecay)), amsgrad=\(py(o.amsgrad)), maximize=\(py(o.maximize)))")
        case let o as NAdam:
            return ([], "torch.optim.NAdam([p], lr=\(rate), betas=(\(literal(o.beta1)), \(literal(o.beta2))), eps=\(literal(o.eps)), weight_decay=\(literal(o.weightDecay)), momentum_decay=\(literal(o.momentumDecay)), decoupled_weight_decay=\(py(o.decoupledWeightDecay)), maximize=\(py(o.maximize)))")
        case let o as RAdam:
            return ([], "torch.optim.RAdam([p], lr=\(rate), betas=(\(literal(o.beta1)), \(literal(o.beta2))), eps=\(literal(o.eps)), weight_decay=\(literal(o.weightDecay)), decoupled_weight_decay=\(py(o.decoupledWeightDecay)), maximize=\(py(o.maximize)))")
        case let o as Adadelta:
            return ([], "torch.optim.Adadelta([p], lr=\(rate), rho=\(literal(o.rho)), eps=\(literal(o.eps)), weight_decay=\(literal(o.weightDecay)), maximize=\(py(o.maximize)))")
        case let o as Adamax:
            return ([], "torch.optim.Adamax([p], lr=\(rate), betas=(\(literal(o.beta1)), \(literal(o.beta2))), eps=\(literal(o.eps)), weight_decay=\(literal(o.weightDecay)), maximize=\(py(o.maximize)))")
        case let o as Rprop:
            return ([], "torch.optim.Rprop([p], lr=\(rate), etas=(\(literal(o.etaMinus)), \(literal(o.etaPlus))), step_sizes=(\(literal(o.stepSizeMin)), \(literal(o.stepSizeMax))), maximize=\(py(o.maximize)))")
        case let o as ASGD:
            return ([], "torch.optim.ASGD([p], lr=\(rate), lambd=\(literal(o.lambd)), alpha=\(literal(o.alpha)), t0=\(literal(o.t0)), weight_decay=\(literal(o.weightDecay)), maximize=\(py(o.maximize)))")
        case let o as LBFGS:
            let search = o.lineSearch == .strongWolfe ? "'strong_wolfe'" : "None"
            return ([], "torch.optim.LBFGS([p], lr=\(rate), max_iter=\(o.maxIter), max_eval=\(o.maxEval), tolerance_grad=\(literal(o.toleranceGrad)), tolerance_change=\(literal(o.toleranceChange)), history_size=\(o.historySize), line_search_fn=\(search))")
        case let o as Lion:
            return (lion, "Lion([p], lr=\(rate), betas=(\(literal(o.beta1)), \(literal(o.beta2))), weight_decay=\(literal(o.weightDecay)), maximize=\(py(o.maximize)))")
        case let o as SignSGD:
            return (signSGD, "SignSGD([p], lr=\(rate), momentum=\(literal(o.momentum)), maximize=\(py(o.maximize)))")
        case let o as Newton:
            return (newton, "Newton([p], lr=\(rate), damping=\(literal(o.damping)))")
        default:
            return nil
        }
    }

    /// Whether the optimizer's step takes the closure (`optimizer.step(closure)`).
    static func needsClosure(_ optimizer: any Optimizer) -> Bool { optimizer is LBFGS }

    static func literal(_ v: Double) -> String { Formula.literal(v) }

    static func py(_ b: Bool) -> String { b ? "True" : "False" }

    /// Descent's teaching variant of Adam (`bias_correction: false`): the moments used as they are.
    static let adamWithoutBiasCorrection = [
        "class AdamWithoutBiasCorrection(torch.optim.Optimizer):",
        "    \"\"\"Adam without dividing by 1 - beta^t (Descent's bias_correction: false; not PyTorch).\"\"\"",
        "",
        "    def __init__(self, params, lr, betas, eps, weight_decay, decoupled, amsgrad, maximize):",
        "        super().__init__(params, dict(lr=lr, betas=betas, eps=eps, weight_decay=weight_decay, decoupled=decoupled, amsgrad=amsgrad, maximize=maximize))",
        "",
        "    @torch.no_grad()",
        "    def step(self, closure=None):",
        "        for group in self.param_groups:",
        "            beta1, beta2 = group['betas']",
        "            lr, lam = group['lr'], group['weight_decay']",
        "            for p in group['params']:",
        "                g = -p.grad if group['maximize'] else p.grad",
        "                state = self.state[p]",
        "                if not state:",
        "                    state['m'] = torch.zeros_like(p)",
        "                    state['v'] = torch.zeros_like(p)",
        "                    state['v_max'] = torch.zeros_like(p)",
        "                if lam != 0:",
        "                    if group['decoupled']:",
        "                        p.mul_(1 - lr * lam)",
        "                    else:",
        "                        g = g.add(p, alpha=lam)",
        "                state['m'].lerp_(g, 1 - beta1)",
        "                state['v'].mul_(beta2).addcmul_(g, g, value=1 - beta2)",
        "                if group['amsgrad']:",
        "                    torch.maximum(state['v_max'], state['v'], out=state['v_max'])",
        "                second = state['v_max'] if group['amsgrad'] else state['v']",
        "                denom = second.sqrt() / 1.0 + group['eps']",
        "                p.add_((-lr) * state['m'] / denom)",
        "",
    ]

    /// Lion (Chen et al. 2023), as Descent computes it.
    static let lion = [
        "class Lion(torch.optim.Optimizer):",
        "    \"\"\"Lion (Chen et al. 2023, Algorithm 2); not in PyTorch.\"\"\"",
        "",
        "    def __init__(self, params, lr, betas, weight_decay, maximize):",
        "        super().__init__(params, dict(lr=lr, betas=betas, weight_decay=weight_decay, maximize=maximize))",
        "",
        "    @torch.no_grad()",
        "    def step(self, closure=None):",
        "        for group in self.param_groups:",
        "            beta1, beta2 = group['betas']",
        "            lr = group['lr']",
        "            for p in group['params']:",
        "                g = -p.grad if group['maximize'] else p.grad",
        "                state = self.state[p]",
        "                if not state:",
        "                    state['m'] = torch.zeros_like(p)",
        "                m = state['m']",
        "                p.mul_(1 - lr * group['weight_decay'])",
        "                c = m * beta1 + (1 - beta1) * g",
        "                p.add_(torch.sign(c), alpha=-lr)",
        "                m.mul_(beta2).add_((1 - beta2) * g)",
        "",
    ]

    /// signSGD and Signum (Bernstein et al. 2018), as Descent computes them.
    static let signSGD = [
        "class SignSGD(torch.optim.Optimizer):",
        "    \"\"\"signSGD, and Signum with momentum (Bernstein et al. 2018); not in PyTorch.\"\"\"",
        "",
        "    def __init__(self, params, lr, momentum, maximize):",
        "        super().__init__(params, dict(lr=lr, momentum=momentum, maximize=maximize))",
        "",
        "    @torch.no_grad()",
        "    def step(self, closure=None):",
        "        for group in self.param_groups:",
        "            mu = group['momentum']",
        "            for p in group['params']:",
        "                g = -p.grad if group['maximize'] else p.grad",
        "                direction = g",
        "                if mu != 0:",
        "                    state = self.state[p]",
        "                    if not state:",
        "                        state['m'] = torch.zeros_like(p)",
        "                    state['m'].mul_(mu).add_((1 - mu) * g)",
        "                    direction = state['m']",
        "                p.add_(torch.sign(direction), alpha=-group['lr'])",
        "",
    ]

    /// Newton's method with the exact Hessian (autograd's), as Descent computes it.
    static let newton = [
        "class Newton(torch.optim.Optimizer):",
        "    \"\"\"Newton's method, solve (H + damping I) d = g, x <- x - lr d; not in PyTorch.\"\"\"",
        "",
        "    def __init__(self, params, lr, damping):",
        "        super().__init__(params, dict(lr=lr, damping=damping))",
        "",
        "    @torch.no_grad()",
        "    def step(self, closure=None):",
        "        for group in self.param_groups:",
        "            for p in group['params']:",
        "                with torch.enable_grad():",
        "                    h = torch.autograd.functional.hessian(lambda q: loss(q[0], q[1]), p.detach())",
        "                g = p.grad",
        "                a, b, b2, c = h[0, 0] + group['damping'], h[0, 1], h[1, 0], h[1, 1] + group['damping']",
        "                det = a * c - b * b2",
        "                scale = max(abs(float(a)), abs(float(b)), abs(float(b2)), abs(float(c)))",
        "                if not math.isfinite(float(det)) or abs(float(det)) <= 1e-12 * scale * scale:",
        "                    d = g",
        "                else:",
        "                    d = torch.stack([(c * g[0] - b * g[1]) / det, (a * g[1] - b2 * g[0]) / det])",
        "                p.add_(d, alpha=-group['lr'])",
        "",
    ]
}

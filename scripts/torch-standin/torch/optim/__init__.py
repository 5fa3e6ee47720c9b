import numpy as np
from . import lr_scheduler
class Optimizer:
    def __init__(self, params, defaults):
        self.param_groups = [dict(defaults, params=list(params))]; self.state = {}
        for g in self.param_groups: g.setdefault('initial_lr', g['lr'])
    def zero_grad(self):
        for g in self.param_groups:
            for p in g['params']: p.grad = None
class SGD(Optimizer):
    # torch/optim/sgd.py _single_tensor_sgd
    def __init__(self, params, lr, momentum=0, dampening=0, nesterov=False, weight_decay=0, maximize=False):
        super().__init__(params, dict(lr=lr, momentum=momentum, dampening=dampening, nesterov=nesterov, weight_decay=weight_decay, maximize=maximize))
    def step(self, closure=None):
        for g in self.param_groups:
            for p in g['params']:
                d = -p.grad.data if g['maximize'] else p.grad.data
                if g['weight_decay'] != 0: d = d + g['weight_decay'] * p.data
                mu = g['momentum']
                if mu != 0:
                    b = self.state.get(id(p))
                    b = d.copy() if b is None else b * mu + (1 - g['dampening']) * d
                    self.state[id(p)] = b
                    d = d + mu * b if g['nesterov'] else b
                p.data = p.data + (-g['lr']) * d

# torch/optim/lr_scheduler.py chainable forms, for the few the check uses.
class _S:
    def __init__(self, optimizer):
        self.optimizer = optimizer; self.base_lrs = [g['initial_lr'] for g in optimizer.param_groups]; self.last_epoch = 0
        self._set(self.get_lr())
    def _set(self, lrs):
        for g, lr in zip(self.optimizer.param_groups, lrs): g['lr'] = lr
    def step(self):
        self.last_epoch += 1; self._set(self.get_lr())
class StepLR(_S):
    def __init__(self, optimizer, step_size, gamma=0.1): self.step_size, self.gamma = step_size, gamma; super().__init__(optimizer)
    def get_lr(self):
        if self.last_epoch == 0 or self.last_epoch % self.step_size != 0: return [g['lr'] for g in self.optimizer.param_groups]
        return [g['lr'] * self.gamma for g in self.optimizer.param_groups]
class MultiStepLR(_S):
    def __init__(self, optimizer, milestones, gamma=0.1): self.milestones, self.gamma = milestones, gamma; super().__init__(optimizer)
    def get_lr(self):
        c = self.milestones.count(self.last_epoch)
        if c == 0: return [g['lr'] for g in self.optimizer.param_groups]
        return [g['lr'] * self.gamma ** c for g in self.optimizer.param_groups]
class ExponentialLR(_S):
    def __init__(self, optimizer, gamma): self.gamma = gamma; super().__init__(optimizer)
    def get_lr(self):
        if self.last_epoch == 0: return [g['lr'] for g in self.optimizer.param_groups]
        return [g['lr'] * self.gamma for g in self.optimizer.param_groups]
class ReduceLROnPlateau:
    def __init__(self, optimizer, mode, factor, patience, threshold, threshold_mode, cooldown, min_lr, eps):
        self.o = optimizer; self.factor, self.patience, self.threshold, self.cooldown, self.min_lr, self.eps = factor, patience, threshold, cooldown, min_lr, eps
        self.best = float('inf'); self.bad = 0; self.cd = 0
    def step(self, m):
        if m < self.best * (1.0 - self.threshold): self.best = m; self.bad = 0
        else: self.bad += 1
        if self.cd > 0: self.cd -= 1; self.bad = 0
        if self.bad > self.patience:
            for g in self.o.param_groups:
                old = float(g['lr']); new = max(old * self.factor, self.min_lr)
                if old - new > self.eps: g['lr'] = new
            self.cd = self.cooldown; self.bad = 0

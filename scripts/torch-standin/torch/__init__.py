# A numpy stand-in for the small part of torch that the exported scripts of SGD lessons use:
# float64 tensors with reverse-mode autograd, torch.optim.SGD and a few schedulers, written from
# torch/optim/sgd.py and lr_scheduler.py. NOT PyTorch: it checks the scripts' plumbing (surface,
# noise, mini-batches, epochs, stopping, CSV) against `descent trace` where torch is missing
# (TorchExportTests.standInRunsMatchTheTraces). PYTHONPATH=scripts/torch-standin python3 script.py
import numpy as np
float64 = np.float64
def set_default_dtype(d): pass
class no_grad:
    def __enter__(self): pass
    def __exit__(self, *a): pass
class enable_grad(no_grad): pass
class Tensor:
    def __init__(self, data, parents=(), back=None, requires_grad=False):
        self.data = np.array(data, dtype=np.float64); self.parents = parents; self.back = back
        self.requires_grad = requires_grad; self.grad = None
    def __float__(self): return float(self.data)
    def __len__(self): return len(self.data)
    def __getitem__(self, i):
        i2 = np.array(i) if isinstance(i, list) else i
        def back(g):
            out = np.zeros_like(self.data); np.add.at(out, i2, g); return (out,)
        return Tensor(self.data[i2], (self,), back)
    def _op(self, other, f, da, db):
        o = other if isinstance(other, Tensor) else Tensor(other)
        def fit(g, shape):
            g = np.asarray(g)
            return g.sum() if g.shape != shape and shape == () else g
        return Tensor(f(self.data, o.data), (self, o), lambda g: (fit(da(g, self.data, o.data), self.data.shape), fit(db(g, self.data, o.data), o.data.shape)))
    def __add__(s, o): return s._op(o, lambda a, b: a + b, lambda g, a, b: g, lambda g, a, b: g)
    __radd__ = __add__
    def __sub__(s, o): return s._op(o, lambda a, b: a - b, lambda g, a, b: g, lambda g, a, b: -g)
    def __rsub__(s, o): return Tensor(o) - s
    def __mul__(s, o): return s._op(o, lambda a, b: a * b, lambda g, a, b: g * b, lambda g, a, b: g * a)
    __rmul__ = __mul__
    def __truediv__(s, o): return s._op(o, lambda a, b: a / b, lambda g, a, b: g / b, lambda g, a, b: -g * a / (b * b))
    def __rtruediv__(s, o): return Tensor(o) / s
    def __neg__(s): return Tensor(-s.data, (s,), lambda g: (-g,))
    def __pow__(s, e): return pow(s, e)
    def __gt__(s, o): return Tensor(s.data > (o.data if isinstance(o, Tensor) else o))
    def __lt__(s, o): return Tensor(s.data < (o.data if isinstance(o, Tensor) else o))
    def __ne__(s, o): return Tensor(s.data != (o.data if isinstance(o, Tensor) else o))
    def to(s, d): return Tensor(s.data.astype(np.float64))
    def sum(s): return Tensor(s.data.sum(), (s,), lambda g: (np.ones_like(s.data) * g,))
    def detach(s): return Tensor(s.data.copy())
    def clone(s): return Tensor(s.data.copy())
    def backward(s):
        order, seen = [], set()
        def visit(t):
            if id(t) in seen: return
            seen.add(id(t))
            for p in t.parents: visit(p)
            order.append(t)
        visit(s)
        grads = {id(s): np.ones_like(s.data)}
        for t in reversed(order):
            g = grads.get(id(t))
            if g is None: continue
            if t.back:
                for p, pg in zip(t.parents, t.back(g)):
                    grads[id(p)] = grads.get(id(p), 0) + pg
            if t.requires_grad:
                t.grad = Tensor(g if t.grad is None else t.grad.data + g)
    def add_(s, o, alpha=1.0):
        s.data = s.data + alpha * (o.data if isinstance(o, Tensor) else np.array(o)); return s
def tensor(d, requires_grad=False): return Tensor(d, requires_grad=requires_grad)
def as_tensor(d): return d if isinstance(d, Tensor) else Tensor(d)
def exp(t):
    e = np.exp(t.data); return Tensor(e, (t,), lambda g: (g * e,))
def abs(t): return Tensor(np.abs(t.data), (t,), lambda g: (g * np.sign(t.data),))
def sqrt(t):
    r = np.sqrt(t.data); return Tensor(r, (t,), lambda g: (g / (2 * r),))
def pow(t, e):
    e = float(e); return Tensor(np.power(t.data, e), (t,), lambda g: (g * e * np.power(t.data, e - 1),))
def where(c, a, b):
    a, b = as_tensor(a), as_tensor(b); m = c.data
    return Tensor(np.where(m, a.data, b.data), (a, b), lambda g: (np.where(m, g, 0), np.where(m, 0, g)))
from . import optim

# How far apart do runs drift when PyTorch's vectorized kernels fuse a + s*b into one fma, or when
# the gradient is accumulated in another order? Plain Python floats; fma via exact Fractions.
# Run: python3 docs/pytorch-parity-drift.py (no torch needed). Quoted in docs/pytorch-parity.md.
import math
from fractions import Fraction
def fma(a,b,c):
    # one rounding of a*b + c, as a fused multiply-add: exact in Fractions, rounded once
    if not (math.isfinite(a) and math.isfinite(b) and math.isfinite(c)): return a*b+c
    return float(Fraction(a)*Fraction(b)+Fraction(c))
def himmelblau_grad(x,y,order):
    a=x*x+y-11; b=x+y*y-7
    if order=='descent': return (4*x*a+2*b, 2*a+4*y*b)
    # autograd-like: contributions accumulated in another order
    t1=(2*a)*x; t2=(2*b)*y
    return ((t1+2*b)+t1, (t2+2*a)+t2)
def ravine_grad(x,y,order,k=50.0):
    if order=='descent': return (x, k*y)   # Descent's Ravine at angle 0: (q_x, k q_y)
    return (0.5*(x+x), 0.5*(k*y+k*y))        # autograd of 0.5*(x*x + k*y*y): exact, same values
def run(grad, start, lr, mu, steps, fused, order):
    x,y=start; bx=by=None; out=[(x,y)]
    for t in range(steps):
        gx,gy=grad(x,y,order)
        if mu:
            if bx is None: bx,by=gx,gy
            else:
                # buf.mul_(mu).add_(g, alpha=1-dampening): buf*mu + g
                bx = fma(bx,mu,gx) if fused else bx*mu+gx
                by = fma(by,mu,gy) if fused else by*mu+gy
            gx,gy=bx,by
        # p.add_(g, alpha=-lr): p + (-lr)*g
        x = fma(-lr,gx,x) if fused else x+(-lr)*gx
        y = fma(-lr,gy,y) if fused else y+(-lr)*gy
        out.append((x,y))
    return out
def compare(name, grad, start, lr, mu, steps):
    base=run(grad,start,lr,mu,steps,False,'descent')
    for label,fused,order in [('fma kernels',True,'descent'),('gradient order',False,'autograd'),('both',True,'autograd')]:
        other=run(grad,start,lr,mu,steps,fused,order)
        rel=[max(abs(a-c)/max(abs(a),abs(c),1e-300) for a,c in zip(p,q)) for p,q in zip(base,other)]
        first=next((i for i,r in enumerate(rel) if r>1e-9), None)
        bits=sum(1 for r in rel if r>0)
        print(f"{name}: {label}: steps differing {bits}/{steps}, max rel {max(rel):.2e}, first step beyond 1e-9: {first}")
compare("ravine SGD lr 0.036 x60", ravine_grad, (-2.5,1.0), 0.036, 0, 60)
compare("himmelblau SGD lr 0.01 x200", himmelblau_grad, (-0.3,-0.9), 0.01, 0, 200)
compare("himmelblau momentum lr 0.002 rho 0.9 x200", himmelblau_grad, (-0.3,-0.9), 0.002, 0.9, 200)
compare("himmelblau SGD lr 0.02 x2000", himmelblau_grad, (-0.3,-0.9), 0.02, 0, 2000)
print("--- plain SGD on Himmelblau with large rates (bouncing before it settles)")
for lr in (0.025, 0.028, 0.03):
    compare(f"himmelblau SGD lr {lr} x500", himmelblau_grad, (-0.3,-0.9), lr, 0, 500)

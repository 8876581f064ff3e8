# Keyword arguments whose value is a local, in calls that also unpack *args or **kwargs
# (the forwarding-wrapper pattern).
def f(*args, **kwargs): return args, kwargs
def g(a, b=0, *rest, key=None, **kw): return a, b, rest, key, kw
def wrapper(x, y, extra, lst):
    print(f(a=x, b=y, **extra))
    print(f(*lst, key=x))
    print(g(*lst, key=y, **extra))
    print(max(*lst, key=lambda v: -v))
    k = "K"
    print(f(x, *lst, a=k, b=[x, y], **{"z": k}))
wrapper(1, 2, {"c": 3}, [7, 8])
class A:
    def __init__(self, x=0, **kw): self.x = x; self.kw = kw
class B(A):
    def __init__(self, x, **kw):
        super().__init__(x=x, **kw)
b = B(5, q=1)
print(b.x, b.kw)

# Defaults are shared objects evaluated once; keyword defaults too;
# defaults may refer to earlier globals and other functions.
calls = []
def default_factory():
    calls.append("factory")
    return {"created": len(calls)}
def f(x, d=default_factory(), *, k=default_factory()):
    d.setdefault("seen", []).append(x)
    return d, k
print(f(1))
print(f(2))
print(f(3, {}))
print(calls)
def g(a, b=[]):
    b = b + [a]
    return b
print(g(1), g(2))
BASE = 5
def h(x=BASE * 2, y=len("abc")):
    return x + y
BASE = 100
print(h(), h(1), h(y=0))

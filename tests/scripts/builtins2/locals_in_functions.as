# locals(), vars() and dir() without arguments inside functions: a snapshot of
# the bound parameters, locals, captured and free variables, in CPython's order.
def f(a, b=2, *args, k=3, **kw):
    c = a + b
    print(sorted(dir()))
    print(locals())
    if False:
        never = 1
    def inner():
        print(locals())
        return c
    inner()
    print(vars() == locals())
f(1, 5, 6, z=1)

def outer():
    x = 1
    y = 2
    def g():
        nonlocal x
        x += 1
        print(locals())
    g()
    print(locals().keys())
outer()
print(sorted(k for k in locals() if not k.startswith("__")))
class C:
    a = 1
    print(locals())
lam = lambda q, r=1: locals()
print(lam(5))
async def co(n):
    m = n * 2
    print(locals())
import asyncio
asyncio.run(co(4))

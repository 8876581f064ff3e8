def f():
    pass
def g(a, b, c=1, *args, d, e=2, **kwargs):
    return a
def h(a: int = 1, *args: str, b, **kw) -> str:
    return "x"
def p(a, b, /, c, *, d):
    return
def q(a=1, /, b=2, *, c):
    return a, b
def r(*, a): pass
def s(**kw,): pass
def t(a,): pass
async def main():
    await sleep(1)
    x = await f()
    return await g()
def outer():
    x = 1
    def inner():
        nonlocal x
        global y, z
        x += 1
    return inner
def gen_like(): return [x for x in range(3)]
lam = lambda *args, **kw: (args, kw)
lam2 = lambda a, /, b, *, c: a
lam3 = lambda *, k=1: k
def one_line(): return 1
async def aw(): return [await x for x in y]

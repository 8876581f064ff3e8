# aster-only: Aster deliberately has no decorators (python3 runs this).
def deco(f):
    return f
@deco
def f():
    pass

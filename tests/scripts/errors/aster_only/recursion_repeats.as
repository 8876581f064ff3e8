# aster-only: the traceback of deep recursion collapses identical entries as
# Python does (Python adds ^^^^ marker lines, which Aster does not print).
def f(n):
    return f(n + 1)


f(0)

# aster-pos: 5:1 (CPython reports column 0)
def f():
    try:
        x
y

# aster-only: Aster's syntax-error format (file:LINE:COL, exit status 2); python3 also rejects it at compile time, in its own format.
# Pins: `await` inside a comprehension of a plain def is a SyntaxError with python3's message and column (the comprehension's bracket).
print("not run")

def f(xs):
    return [await x for x in xs]

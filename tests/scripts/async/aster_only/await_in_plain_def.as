# aster-only: Aster's syntax-error format (file:LINE:COL, exit status 2); python3 also rejects it at compile time, in its own format.
# Pins: `await` inside a plain def is a compile-time SyntaxError: nothing runs, even code before it.
print("not run")

def f():
    await sleep(0)

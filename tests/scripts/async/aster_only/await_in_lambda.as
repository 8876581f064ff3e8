# aster-only: Aster's syntax-error format (file:LINE:COL, exit status 2); python3 also rejects it at compile time, in its own format.
# Pins: a lambda is never async, even at Aster's top level where await is allowed: `await` in it is a SyntaxError.
print("not run")
f = lambda: await sleep(0)

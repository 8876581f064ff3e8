# aster-only: Aster's syntax-error format (file:LINE:COL, exit status 2); python3 also rejects it at compile time, in its own format.
# Pins: `async with` inside a plain def (a method here) is a compile-time SyntaxError.
print("not run")

class C:
    def m(self):
        async with Lock():
            pass

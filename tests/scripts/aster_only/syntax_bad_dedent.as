# aster-only: Aster's syntax-error format; python3 calls this an IndentationError.
if True:
        a = 1
    b = 2

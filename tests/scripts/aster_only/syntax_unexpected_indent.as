# aster-only: Aster's syntax-error format; python3 calls this an IndentationError.
x = 1
    y = 2

# aster-only: Aster's syntax-error format; python3 calls this an IndentationError.
def f():
return 1

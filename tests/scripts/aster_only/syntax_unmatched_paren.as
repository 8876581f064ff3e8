# aster-only: Aster's syntax-error format (file:LINE:COL, exit status 2) differs from python3's.
print(1))

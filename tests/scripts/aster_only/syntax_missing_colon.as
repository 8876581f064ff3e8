# aster-only: python3 reports syntax errors in its own traceback format; Aster prints file:LINE:COL: SyntaxError: message and exits with status 2.
print("must not run: the whole file is compiled first")
x = 1
if x
    print(x)

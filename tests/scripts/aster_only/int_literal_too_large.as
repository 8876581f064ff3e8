# aster-only: Aster ints are 64-bit: a larger literal is a syntax error (python3 has big ints).
print(99999999999999999999)

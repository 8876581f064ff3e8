# aster-pos: 2:6 (CPython points at the digit before the letter)
x = 5a

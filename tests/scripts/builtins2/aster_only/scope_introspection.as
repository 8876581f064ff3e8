# aster-only: 64-bit float.as_integer_ratio (Python gives a big integer).
# Also dir() at module and class level, as in Python.
print(dir() == sorted(globals()))


class C:
    a = 1
    print(dir())

try:
    print((1e-20).as_integer_ratio())
except OverflowError as e:
    print("OverflowError:", e)

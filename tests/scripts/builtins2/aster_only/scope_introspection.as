# aster-only: 64-bit ints (float.as_integer_ratio, round and len past 64 bits).
# Also dir() at module and class level, as in Python.
print(dir() == sorted(globals()))


class C:
    a = 1
    print(dir())

try:
    print((1e-20).as_integer_ratio())
except OverflowError as e:
    print("OverflowError:", e)

# 64-bit ints: results past 64 bits raise OverflowError (Python has big ints)
for f in (lambda: round(9223372036854775807, -1), lambda: round(9223372036854775807, -19),
          lambda: len(range(-2**62, 2**62))):
    try:
        print(f())
    except OverflowError as e:
        print("OverflowError:", e)
print(range(-2**62, 2**62)[5])

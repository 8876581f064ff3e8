# aster-only: Aster ints are 64-bit signed and overflow raises OverflowError: integer overflow; python3 has arbitrary-precision ints.
MAX = 9223372036854775807
MIN = -9223372036854775807 - 1
def attempt(label, f):
    try:
        print(label, f())
    except OverflowError as e:
        print(label, "OverflowError:", e)
attempt("max + 1", lambda: MAX + 1)
attempt("min - 1", lambda: MIN - 1)
attempt("max * 2", lambda: MAX * 2)
attempt("min * -1", lambda: MIN * -1)
attempt("-min", lambda: -MIN)
attempt("abs(min)", lambda: abs(MIN))
attempt("min // -1", lambda: MIN // -1)
attempt("min % -1", lambda: MIN % -1)
attempt("2 ** 63", lambda: 2 ** 63)
attempt("2 ** 62", lambda: 2 ** 62)
attempt("10 ** 19", lambda: 10 ** 19)
attempt("10 ** 18", lambda: 10 ** 18)
attempt("(-2) ** 63", lambda: (-2) ** 63)
attempt("1 << 63", lambda: 1 << 63)
attempt("1 << 62", lambda: 1 << 62)
attempt("int('9223372036854775808')", lambda: int("9223372036854775808"))
attempt("int('-9223372036854775808')", lambda: int("-9223372036854775808"))
attempt("int(1e19)", lambda: int(1e19))
attempt("round(1e19)", lambda: round(1e19))
attempt("sum([MAX, 1])", lambda: sum([MAX, 1]))
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
attempt("fact(20)", lambda: fact(20))
attempt("fact(21)", lambda: fact(21))
x = MAX
try:
    x += 1
except OverflowError as e:
    print("x += 1", type(e).__name__, e, x == MAX)
print(issubclass(OverflowError, ArithmeticError))

# math: rounding to ints and the integer functions (factorial, gcd, lcm,
# comb, perm, isqrt, prod), including their errors.
import math


def show(name, f, *args, **kw):
    try:
        print(name, args, f(*args, **kw))
    except (ValueError, OverflowError, TypeError) as e:
        print(name, args, type(e).__name__ + ":", e)


for x in [0, 3, -3, 2.5, -2.5, 3.7, -3.7, -0.5, 0.5, 1e15 + 0.5, True, False, 2 ** 62 + 0.0]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)
for bad in [math.inf, -math.inf, math.nan, "1", None]:
    for f in (math.floor, math.ceil, math.trunc):
        show(f.__name__, f, bad)

for n in [0, 1, 5, 10, 20, -1, 2.0, 2.5, "3"]:
    show("factorial", math.factorial, n)

show("gcd", math.gcd)
show("gcd", math.gcd, 12)
show("gcd", math.gcd, -12, 18)
show("gcd", math.gcd, 12, 18, 27)
show("gcd", math.gcd, 0, 0)
show("gcd", math.gcd, 0, -7)
show("gcd", math.gcd, True, 4)
show("gcd", math.gcd, 1.5, 3)
show("lcm", math.lcm)
show("lcm", math.lcm, 4, 6)
show("lcm", math.lcm, -4, 6, 10)
show("lcm", math.lcm, 0, 5)
show("lcm", math.lcm, 3)
show("lcm", math.lcm, "a", 3)

for n, k in [(10, 3), (5, 0), (5, 5), (5, 6), (0, 0), (20, 10), (20, 19), (-1, 2), (3, -1), (1.0, 2), (4, 2.0)]:
    show("comb", math.comb, n, k)
    show("perm", math.perm, n, k)
show("perm", math.perm, 5)
show("perm", math.perm, 20, None)

print([math.isqrt(n) for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 2 ** 52, 2 ** 62, 9223372036854775807]])
for bad in [-1, 2.0, "x"]:
    show("isqrt", math.isqrt, bad)

show("prod", math.prod, [1, 2, 3, 4])
show("prod", math.prod, [])
show("prod", math.prod, [2.5, 2])
show("prod", math.prod, range(1, 6), start=2)
show("prod", math.prod, [[1]], start=3)
show("prod", math.prod, ["ab", 2])
show("prod", math.prod, [1, "a"], start=2.5)
show("prod", math.prod, 5)
show("prod", math.prod, [1], begin=3)

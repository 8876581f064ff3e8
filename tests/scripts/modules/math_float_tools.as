# math: fsum (exact), hypot and dist (correctly rounded norms), isclose,
# modf, frexp and ldexp; compared on pseudo-random data.
import math

values = []
seed = 12345
for i in range(400):
    seed = (seed * 1103515245 + 12345) % 2147483648
    mantissa = (seed % 100000) / 997.0 - 50.0
    exponent = (seed // 100000) % 41 - 20
    values.append(mantissa * 10.0 ** exponent)

for start in range(0, 400, 8):
    chunk = values[start:start + 8]
    other = values[start + 1:start + 9]
    n = len(other)
    print(math.fsum(chunk), math.hypot(*chunk), math.dist(chunk[:n], other),
          math.fsum(chunk + [-x for x in chunk]), sum(chunk) == math.fsum(chunk))

print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.fsum([1e-16, 1, 1e16]), math.fsum([]), math.fsum(range(10)), math.fsum(iter([0.5, 0.25])))
print(math.fsum([math.inf, 1]), math.fsum([-math.inf, -math.inf]), math.fsum([math.nan, 1]))
for bad in [[math.inf, -math.inf], [1e308, 1e308], ["a"], 5]:
    try:
        print(math.fsum(bad))
    except Exception as e:
        print(type(e).__name__, e)

print(math.hypot(), math.hypot(3), math.hypot(-3), math.hypot(3, 4), math.hypot(1, 1, 1, 1))
print(math.hypot(1e-320, 1e-320), math.hypot(1e308, 1e308), math.hypot(math.nan, math.inf), math.hypot(math.nan, 1))
print(math.dist((1, 2), (4, 6)), math.dist([0], [5]), math.dist((), ()), math.dist(range(3), [1, 1, 1]))
for bad in [((1,), (1, 2)), (1, 2), ("ab", "cd")]:
    try:
        print(math.dist(*bad))
    except Exception as e:
        print(type(e).__name__, e)

print(math.isclose(1, 1 + 1e-10), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.isclose(1, 1.0001, rel_tol=1e-5), math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan))
print(math.isclose(-0.0, 0.0), math.isclose(1e308, math.inf), math.isclose(a=2, b=2.0000000001))
for kw in [{"rel_tol": -1}, {"abs_tol": -0.5}, {"foo": 1}]:
    try:
        math.isclose(1, 2, **kw)
    except Exception as e:
        print(type(e).__name__, e)

print(math.modf(3.5), math.modf(-3.5), math.modf(math.inf), math.modf(-math.inf), math.modf(math.nan), math.modf(2))
print(math.frexp(8), math.frexp(0.0), math.frexp(-0.3), math.frexp(math.inf), math.frexp(math.nan), math.frexp(1e-320))
print(math.ldexp(0.5, 4), math.ldexp(1, -1080), math.ldexp(0.0, 10 ** 6), math.ldexp(math.inf, -5), math.ldexp(-3, 2))
for args in [(1, 2000), (1, 1.5), (1, 10 ** 10), (-1, 10 ** 10), (1, -10 ** 10)]:
    try:
        print(math.ldexp(*args))
    except Exception as e:
        print(type(e).__name__, e)

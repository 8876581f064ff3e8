# Unpacking in for targets and call sites; errors for duplicate keywords and
# non-iterable/non-mapping arguments (CPython's messages for these name the
# function as __main__.f, so only the type is printed).
records = [("ann", (1990, 5)), ("bob", (1985, 11))]
for name, (year, month) in records:
    print(name, year, month)
for first, *rest in ["abc", "de", "f"]:
    print(first, rest)
def f(a, b, c=0, *args, **kw):
    return a, b, c, args, kw
print(f(*range(2)), f(*"xyz"), f(*[1, 2, 3, 4, 5]), f(1, *(2,), **{"c": 9, "z": 0}))
print(f(**{"a": 1, "b": 2}), f(*[1], **{"b": 2}))
try:
    f(**{"a": 1}, a=2)
except TypeError as e:
    print("TypeError")
try:
    f(*5)
except TypeError as e:
    print("TypeError")
try:
    f(**[1])
except TypeError as e:
    print("TypeError")
coords = [(1, 2), (3, 4), (5, 6)]
xs, ys = zip(*coords)
print(xs, ys, list(map(lambda p: p[0] * p[1], coords)))

# math: constants and the float functions, with Python's domain/range errors.
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.isnan(math.nan), math.isinf(math.inf), math.isfinite(1.0), math.isfinite(math.nan))


def show(name, f, *args):
    try:
        print(name, args, f(*args))
    except (ValueError, OverflowError, ZeroDivisionError, TypeError) as e:
        print(name, args, type(e).__name__ + ":", e)


one_arg = [
    ("sqrt", math.sqrt), ("exp", math.exp), ("exp2", math.exp2), ("expm1", math.expm1),
    ("log", math.log), ("log2", math.log2), ("log10", math.log10), ("log1p", math.log1p),
    ("sin", math.sin), ("cos", math.cos), ("tan", math.tan), ("asin", math.asin),
    ("acos", math.acos), ("atan", math.atan), ("sinh", math.sinh), ("cosh", math.cosh),
    ("tanh", math.tanh), ("asinh", math.asinh), ("acosh", math.acosh), ("atanh", math.atanh),
    ("fabs", math.fabs), ("cbrt", math.cbrt), ("erf", math.erf), ("erfc", math.erfc),
    ("degrees", math.degrees), ("radians", math.radians), ("ulp", math.ulp),
]
samples = [0, 1, -1, 0.5, 2, 10, -0.0, 1e308, 1e-310, math.inf, -math.inf, math.nan, 3.7, True, 1030]
for name, f in one_arg:
    for x in samples:
        show(name, f, x)

for x in [0, 1, 100, 0.5, -2.5, math.e]:
    show("log base 2", math.log, x, 2)
    show("log base 10", math.log, x, 10)
show("log base 1", math.log, 1, 1)
show("log base 0", math.log, 5, 0)
show("log base -2", math.log, 5, -2)

two_arg = [("pow", math.pow), ("atan2", math.atan2), ("copysign", math.copysign),
           ("fmod", math.fmod), ("nextafter", math.nextafter)]
pairs = [(2, 3), (2, -1), (0, -1), (0, 0), (-8, 1 / 3), (-2, 0.5), (10, 400), (1, math.nan),
         (math.nan, 0), (math.inf, 2), (3, math.inf), (-1, math.inf), (5.5, 2), (-5.5, 2),
         (1, 0), (math.inf, 1), (0.0, -0.0), (-0.0, 1)]
for name, f in two_arg:
    for a, b in pairs:
        show(name, f, a, b)

for bad in ["x", None, [1.0]]:
    show("sqrt", math.sqrt, bad)
    show("isnan", math.isnan, bad)
    show("atan2", math.atan2, bad, 1)


class Celsius:
    def __init__(self, v):
        self.v = v

    def __float__(self):
        return self.v * 1.8 + 32


print(math.sqrt(Celsius(100)), math.floor(Celsius(20.5)), math.fabs(Celsius(-40)))

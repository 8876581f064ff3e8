# float(): from ints, strings (with spaces, exponents, inf/nan spellings).
print(float(), float(3), float(-7), float("2.5"), float(" 1e3 "), float("-.5"), float("1_0.5"))
print(float("inf"), float("-Infinity"), float("NaN"), float("+1E-2"), float(True))
print(float(10**15), float("3"), float("0.1"), type(float(1)).__name__)
for bad in ["", "x", "1.2.3", "1e", "--1.0"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    float(None)
except TypeError as e:
    print("TypeError:", e)
x = float("nan")
print(x == x, x != x, x is x)

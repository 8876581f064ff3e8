# int(): from floats (truncation), strings with whitespace/signs/underscores,
# bases, bools; error messages.
print(int(), int(3.9), int(-3.9), int(1e10), int(True), int("42"), int(" -17 "), int("+5"))
print(int("1_000"), int("ff", 16), int("0xff", 16), int("777", 8), int("0b101", 2), int("z", 36))
print(int("0xff", 0), int("0o17", 0), int("10", 0), int("11", 2), int("-0"), int(-0.5))
print(int(2.5e15), type(int("3")).__name__)
for bad in ["", "1.5", "abc", "12a", "1 2", "0x1g", "--1"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("9", 8)
except ValueError as e:
    print("ValueError:", e)
for bad in [None, [1]]:
    try:
        int(bad)
    except TypeError as e:
        print("TypeError:", e)
for bad in [float("inf"), float("nan")]:
    try:
        int(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)

# format(value, spec): the format-spec mini-language for int, bool, float,
# str and user classes, and its error messages.

def show(v, spec):
    name = repr(v) if type(v) in (int, float, str, bool, list, tuple, dict) or v is None else type(v).__name__
    try:
        print(name, repr(spec), repr(format(v, spec)))
    except Exception as e:
        print(name, repr(spec), type(e).__name__, e)

int_specs = ["", "d", "5", "<5", ">5", "^5", "=5", "*^9", "0>6", "06", "+", "-", " ", "+06",
             "x", "X", "#x", "#X", "o", "#o", "b", "#b", "#010b", ",", "_", "_x", "_b", "#_o",
             "010,", "08,", "09,", "0=10,", "x=10,", "0>10,", "#012_x", "c", "<3c", "n", "e",
             ".2e", "E", "f", ".1f", "g", "G", "%", ".0%", "é^7", "\U0001f600>5"]
for v in [0, 7, -7, 255, -255, 1234567, -1234567, 9223372036854775807, -9223372036854775807 - 1]:
    for spec in int_specs:
        show(v, spec)

float_specs = ["", "f", ".0f", ".2f", "10.3f", "<10.2f", "^12.4f", "+.3f", " .1f", "e", ".0e",
               ".3E", "g", ".3g", ".10g", "G", "#g", "#.3g", ".1", ".3", ".12", "#", "#.2", "%",
               ".1%", "n", ",", ",.2f", "_.3f", "015.3f", "015,.2f", "=+12.2f", "z.1f", "z",
               "z.0e", "-", ".17g", ".20f"]
for v in [0.0, -0.0, 1.0, 0.1, -0.1, 0.5, 1.5, 2.5, -2.5, 0.125, 2.675, 123.456, -1234.5678,
          1e16, 1e15, 1.5e-7, 1e22, 1e-300, 123456789.0, 99.99, 9.999, float("inf"),
          float("-inf"), float("nan"), -0.0001]:
    for spec in float_specs:
        show(v, spec)

for spec in ["", "s", "5", "<5", ">5", "^5", "^6", "*<7", ".2", "8.3", "06", "<06", "é>4", ".0"]:
    show("abc", spec)
    show("héllo", spec)
for spec in ["", "d", ">5", "x", "^6", ".2f", "s"]:
    show(True, spec)
    show(False, spec)

# errors
for v, spec in [(1, "<<<"), (1, "q"), (1, "s"), (1.5, "d"), ("a", "d"), (1, ".2"),
                (1, ".2d"), (1, "+c"), (1, "#c"), (1, ",x"), (1, ",n"), (1, "_n"),
                ("a", "+"), ("a", "#"), ("a", "="), ("a", ","), ("a", "_"), ("a", "z"),
                (1, "z"), (1, "zd"), (1.5, "."), (1.5, ".f"), (1, "99999999999999999999"),
                (1, ",_"), (1, "_,"), (1, ",,"), (1.5, "__"), (1.5, ",n"), (1.5, "#x"),
                (True, "s"), (1.5, "c"), ("x", "c"), (1, "10.2fx"), (1, "abc"), (1, "é"),
                (1114112, "c"), (-1, "c"), (None, "x"), (None, ""), ([1], ">3"), ([1], ""),
                ((1, 2), "s"), ({"a": 1}, ""), (1.5, "c")]:
    show(v, spec)

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "raw":
            return str(self.cents)
        return format(self.cents / 100, spec or ".2f") + " EUR"

class Plain:
    def __str__(self):
        return "plain!"

class BadFormat:
    def __format__(self, spec):
        return 42

show(Money(1234), "")
show(Money(1234), "raw")
show(Money(1234), ">12.1f")
show(Plain(), "")
show(Plain(), ">10")
show(BadFormat(), "")
print(format(Money(5)), format(3), format("x"), format(2.5))
print("abc".__format__(">5"), "x".__format__(""))

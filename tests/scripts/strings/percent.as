# printf-style formatting: str % args.

def show(fmt, args):
    try:
        print(repr(fmt), repr(fmt % args))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)

class U:
    def __repr__(self):
        return "U()"
    def __str__(self):
        return "u-str"

class Idx:
    def __index__(self):
        return 7

class Num:
    def __float__(self):
        return 2.5

show("%s %d", (1, 2))
show("%s", "solo")
show("%s", (1, 2))
show("%s %s", (1,))
show("%s", ())
show("%s", [])
show("%s", {})
show("%s", [1, 2])
show("%s", (None,))
show("%s and %r", (U(), U()))
show("%a %r %s", ("é", "é", "é"))
show("%5s|%-5s|%.2s|%5.1s|", ("abc", "abc", "abc", "abc"))
show("%d %i %u", (3, -4, 5))
show("%d", 3.99)
show("%d", -3.99)
show("%d", True)
show("%d", Idx())
show("%x", Idx())
show("%5d|%-5d|%05d|%+d|% d|%+05d", (42, 42, 42, 42, 42, -42))
show("%5.3d|%-6.4x|%.0d", (5, 255, 0))
show("%x %X %o %#x %#X %#o", (255, 255, 8, 255, 255, 8))
show("%#x", -255)
show("%x", True)
show("%o", -8)
show("%#5x|%#05x|%+x", (255, 255, 255))
show("%f %.2f %10.4f %-10.1f|", (3.14159, 3.14159, 3.14159, 3.14159))
show("%e %.0e %E %.3e", (12345.678, 12345.678, 0.00012, -1.0))
show("%g %g %g %G %.3g", (1e-5, 123456789.0, 0.5, 1e-20, 2.0 / 3))
show("%#.0f %#g %#.3g", (1.0, 1.5, 2.0))
show("%+.1e|% 08.2e|%+08.2f|%-+8.2f|", (-0.0, 3.1, -3.1, 3.14159))
show("%f %e %g", (10, 10, 10))
show("%f", Num())
show("%.2f", float("inf"))
show("%5.1f|%-7f|", (float("nan"), float("-inf")))
show("%c%c%c", (72, "i", 0x1F600))
show("%-3c|%3c|", ("x", 65))
show("%%", ())
show("%s%%", 5)
show("100%% of %d", 3)
show("%(name)s is %(age)d", {"name": "Ann", "age": 30})
show("%(a)s %(a)r %%", {"a": "x"})
show("%(a)-5s|%(b)05.1f", {"a": "x", "b": 2.25})
show("%(x)s", {})
show("%(a)s", (1,))
show("%(a)s %s", {"a": 1})
show("%(a(b))s", {"a(b)": "nested"})
show("%*d|%-*d|%.*f", (5, 3, 5, 3, 2, 3.14159))
show("%*d", (-6, 1))
show("%*d", ("x", 3))
show("%ld %hd %Lf", (5, 6, 1.5))
show("abc", ())
show("abc", 5)
show("abc", {})
show("abc", [])
show("abc", "x")
show("%s %s", [1, 2])
show("%d", "x")
show("%d", None)
show("%x", 1.5)
show("%x", "a")
show("%f", "x")
show("%f", None)
show("%c", "ab")
show("%c", 1.5)
show("%c", -1)
show("%c", 0x110000)
show("%q", 1)
show("%é", 1)
show("é%y", 1)
show("%", 1)
show("%(x", {"x": 1})
show("%5", 1)
show("%.", 1)
show("%s", U())
show("%r", [1, "a", None])
show("héllo %s wörld %d", ("ünï", 7))
show("%s", "😀")
show("%-4s|%4s", ("é", "日本"))

# str.format and str.format_map: automatic and manual numbering, keyword
# fields, attribute and index access, conversions, nested specs, errors.

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class P:
    x = 5
    name = "pt"
    def __getitem__(self, k):
        return k * 2

class Conv:
    def __repr__(self):
        return "Conv<r>"
    def __str__(self):
        return "Conv<s>"
    def __format__(self, spec):
        return "Conv<f:" + spec + ">"

show(lambda: "{} {}".format(1, 2))
show(lambda: "{0} {1} {0}".format("a", "b"))
show(lambda: "{1}{0}".format("a", "b"))
show(lambda: "{a} {b}".format(a=1, b="two"))
show(lambda: "{0} {x}".format(1, x=2))
show(lambda: "{} {x} {}".format(1, 2, x=3))
show(lambda: "{{}} {{{0}}} }}{{".format(7))
show(lambda: "no fields".format(1, 2, a=3))
show(lambda: "".format())
show(lambda: "{0.x} {0.name}".format(P()))
show(lambda: "{0[3]} {0[ab]}".format(P()))
show(lambda: "{0[0]} {0[1][1]}".format([7, [8, 9]]))
show(lambda: "{d[key]} {d[1]}".format(d={"key": "v", 1: "int key"}))
show(lambda: "{d[-1]}".format(d={"-1": "str key"}))
show(lambda: "{.x}".format(P()))
show(lambda: "{[1]}".format("xyz"))
show(lambda: "{a[0][1]}".format(a=[[1, 2]]))
show(lambda: "{0!r} {0!s} {0!a}".format("é"))
show(lambda: "{!r:>12}|{!s:^9}|".format("x", "y"))
show(lambda: "{0} {0!r} {0!s} {0:spec}".format(Conv()))
show(lambda: "{:>8}|{:<8}|{:^8}|".format("l", "r", "c"))
show(lambda: "{:08.3f}|{:+,d}|{:#x}|{:%}".format(3.14159, 1234567, 255, 0.25))
show(lambda: "{:{}}".format(1, 5))
show(lambda: "{:{}.{}f}".format(3.14159, 10, 2))
show(lambda: "{:{w}.{p}f}".format(3.14159, w=10, p=2))
show(lambda: "{0:{1}{2}}".format(5, ">", 4))
show(lambda: "{:{fill}^{width}}".format("mid", fill="*", width=9))
show(lambda: "{:{{}}}".format(1))
show(lambda: "{0:{0}}".format(5))
show(lambda: "{:}}}".format(1))
show(lambda: "{0:}".format(1))
show(lambda: "{ }".format(**{" ": 3}))
show(lambda: "{00}".format(5))
show(lambda: "{0!r:}".format("q"))
show(lambda: "{:d}".format(True))
show(lambda: "{}".format(None))
show(lambda: "{} {}".format([1, 2], (3,)))
show(lambda: "héllo {} wörld {}".format("ü", "😀"))
show(lambda: "{:é^7}".format("ö"))

# errors
show(lambda: "{}".format())
show(lambda: "{1}".format(1))
show(lambda: "{a}".format())
show(lambda: "{a}".format(1, b=2))
show(lambda: "{0} {}".format(1, 2))
show(lambda: "{} {0}".format(1, 2))
show(lambda: "{".format())
show(lambda: "}".format())
show(lambda: "a{b".format())
show(lambda: "{0".format(1))
show(lambda: "{0:x".format(1))
show(lambda: "{0[}".format(1))
show(lambda: "{0]}".format(1))
show(lambda: "{0.}".format(1))
show(lambda: "{0..x}".format(1))
show(lambda: "{0[]}".format([1]))
show(lambda: "{0[0]x}".format([1]))
show(lambda: "{0[0]]}".format([1]))
show(lambda: "{0.y}".format(P()))
show(lambda: "{0[1]}".format([7]))
show(lambda: "{0[a]}".format({}))
show(lambda: "{0.x[0]}".format(P()))
show(lambda: "{a.b}".format(a=1))
show(lambda: "{0!x}".format(1))
show(lambda: "{0!}".format(1))
show(lambda: "{!}".format(1))
show(lambda: "{0!".format(1))
show(lambda: "{0!rx}".format(1))
show(lambda: "{0!r".format(1))
show(lambda: "{a{b}c}".format(1))
show(lambda: "{:{:{}}}".format(1, 2, 3))
show(lambda: "{0!r:{}}".format(1))
show(lambda: "{:{0}}".format(1))
show(lambda: "{0:{a}}".format(1))
show(lambda: "{:d}".format("a"))
show(lambda: "{0:{1}}".format(1, "<<<"))
show(lambda: "{-1}".format([1]))
show(lambda: "{0 }".format(1))
show(lambda: "{99999999999999999999}".format(1))
show(lambda: "{0:}}".format(1))
show(lambda: "{:x}".format(1.5))
show(lambda: "{}".format(*range(3)))

# format_map
show(lambda: "{a} {b}".format_map({"a": 1, "b": 2}))
show(lambda: "{a[0]} {b.x}".format_map({"a": [9], "b": P()}))
show(lambda: "{a:>5}|".format_map({"a": "x"}))
show(lambda: "{x}".format_map({}))
show(lambda: "{0}".format_map({}))
show(lambda: "{}".format_map({}))
show(lambda: "plain".format_map(1))
show(lambda: "{a}".format_map(P()))

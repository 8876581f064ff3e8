# __str__ and __repr__: which one print, str(), repr(), f-strings and
# containers use; default repr shape.
class Both:
    def __str__(self):
        return "Both.str"
    def __repr__(self):
        return "Both.repr"
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
class OnlyStr:
    def __str__(self):
        return "OnlyStr.str"
b, r, s = Both(), OnlyRepr(), OnlyStr()
print(b, r, s)
print(str(b), repr(b), str(r), repr(r))
print([b, r], (b,), {"k": b})
print(f"{b} {b!r} {r}")
prefix = "<__main__.OnlyStr object at 0x"
print(repr(s)[:len(prefix)] == prefix, repr(s)[-1] == ">", str(s) == repr(s))
print(str([s])[:len(prefix) + 1] == "[" + prefix)
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r})"
print(Vec(1, "2"), [Vec(0.5, None)])

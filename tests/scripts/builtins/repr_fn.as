# repr() of every value kind, including nested containers and strings that
# need quoting or escapes.
print(repr(1), repr(-1.5), repr("a"), repr('a"b'), repr("a'b"), repr("a'b\"c"))
print(repr(None), repr(True), repr([1, "a", None]), repr((1,)), repr(()), repr({}))
print(repr({"a": [1, (2, "3")]}), repr([[]]), repr(((),)))
print(repr("tab\there"), repr("new\nline"), repr("back\\slash"), repr("\r\x01\x7f"))
print(repr("é"), repr("中文"), repr("😀"), repr("\u200b"), repr("\xa0"))
print(repr(1e16), repr(1.0), repr(-0.0), repr(float("inf")), repr(float("-inf")), repr(float("nan")))
print(repr(range(5)), repr(range(1, 5, 2)))
l = [1]
l.append(l)
print(repr(l))
d = {}
d["self"] = d
print(repr(d))

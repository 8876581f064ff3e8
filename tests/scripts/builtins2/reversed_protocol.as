# reversed(): __reversed__ first, then the sequence protocol, CPython's errors.
def show(f):
    try:
        r = f()
        print(list(r) if not isinstance(r, (str, int)) else r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Rev:
    def __reversed__(self):
        return iter(["z", "y", "x"])
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return "never"

class RevOnly:                    # __reversed__ alone is enough
    def __reversed__(self):
        return "custom"

class NoRev:                      # __reversed__ = None blocks the fallback
    __reversed__ = None
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return i

class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "abc"[i]

class LenOnly:
    def __len__(self):
        return 3

class ItemOnly:
    def __getitem__(self, i):
        return i

class SubRev(Rev):
    pass

class MyList(list):
    pass

class RaisingRev:
    def __reversed__(self):
        raise KeyError("boom")

show(lambda: reversed(Rev()))
show(lambda: reversed(SubRev()))
show(lambda: reversed(RevOnly()))
show(lambda: reversed(NoRev()))
show(lambda: reversed(Seq()))
show(lambda: reversed(LenOnly()))
show(lambda: reversed(ItemOnly()))
show(lambda: reversed(RaisingRev()))
show(lambda: reversed(MyList([1, 2, 3])))
show(lambda: reversed([1, 2, 3]))
show(lambda: reversed((1, 2, 3)))
show(lambda: reversed("abc"))
show(lambda: reversed(b"abc"))
show(lambda: reversed(range(1, 10, 4)))
show(lambda: reversed({"a": 1, "b": 2}))
show(lambda: reversed({"a": 1, "b": 2}.items()))
show(lambda: reversed(1))
show(lambda: reversed(1.5))
show(lambda: reversed(None))
show(lambda: reversed({1, 2}))
show(lambda: reversed(object()))
show(lambda: reversed())
show(lambda: reversed([1], [2]))
show(lambda: reversed(seq=[1]))
print(list([1, 2, 3].__reversed__()))

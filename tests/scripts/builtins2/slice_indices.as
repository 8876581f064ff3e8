# slice.indices(length): CPython's clamping and errors.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for s in [slice(None), slice(1, 10, 2), slice(-3, None), slice(None, None, -1), slice(-100, 100, -3),
          slice(100, -100, -1), slice(5, 2), slice(None, -1), slice(2, None, 3), slice(-1, -10, -2),
          slice(True, False), slice(0, 0, -1)]:
    print(s, [s.indices(n) for n in (0, 1, 5, 10)])
for s in [slice(1, 10, 2), slice(None, None, -1), slice(-3, 8, 3)]:
    for n in (0, 3, 7, 12):
        print(s, n, s.indices(n), list(range(*s.indices(n))) == list(range(n))[s])

class Idx:
    def __index__(self):
        return 4

show(lambda: slice(Idx(), None).indices(Idx() if False else 10))
show(lambda: slice(1, 10).indices(Idx()))
show(lambda: slice(1, 10, 2).indices(-1))
show(lambda: slice(1, 10, 0).indices(5))
show(lambda: slice(1, 10, 0).indices(-5))
show(lambda: slice("a", 10).indices(5))
show(lambda: slice(1, 10, 2.5).indices(3))
show(lambda: slice(1, 10).indices("a"))
show(lambda: slice(1, 10).indices(2.0))
show(lambda: slice(1, 10).indices(None))
show(lambda: slice(1, 10).indices())
show(lambda: slice(1, 10).indices(1, 2))
show(lambda: slice(1, 10).indices(length=3))
show(lambda: slice(1, 10).indices(True))
show(lambda: slice(1, 2**62).indices(2**62 + 5))
show(lambda: slice.indices(1, 2))

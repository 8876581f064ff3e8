# zip(): strict=True length checks and the 3.11 error wording.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: list(zip([1, 2], "ab", strict=True)))
show(lambda: list(zip([1, 2], [1], strict=True)))
show(lambda: list(zip([1], [1, 2], strict=True)))
show(lambda: list(zip([1], [1], [1, 2], strict=True)))
show(lambda: list(zip([1, 2], [1, 2], [1], strict=True)))
show(lambda: list(zip([1, 2, 3], [1, 2], [1, 2, 3], strict=True)))
show(lambda: list(zip([], [], strict=True)))
show(lambda: list(zip([], [1], strict=True)))
show(lambda: list(zip([1], [], strict=True)))
show(lambda: list(zip(strict=True)))
show(lambda: list(zip([1, 2], strict=True)))
show(lambda: list(zip([1, 2], [1], strict=False)))
show(lambda: list(zip([1, 2], [1], strict=0)))
show(lambda: list(zip([1, 2], [3, 4], strict=[1])))
show(lambda: list(zip(1, 2)))
show(lambda: list(zip([1], 2)))
show(lambda: list(zip([1], foo=1)))
show(lambda: list(zip([1], strict=True, foo=2)))
show(lambda: list(map(abs, 5)))

# the items before the mismatch are produced
it = zip("abc", [1, 2], strict=True)
print(next(it), next(it))
show(lambda: next(it))

# which items are pulled from each iterator
class Counter:
    def __init__(self, name, n):
        self.name, self.n, self.i = name, n, 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            print(self.name, "exhausted")
            raise StopIteration
        self.i += 1
        print(self.name, "gives", self.i)
        return self.i

show(lambda: list(zip(Counter("a", 2), Counter("b", 3), strict=True)))
show(lambda: list(zip(Counter("a", 3), Counter("b", 2), strict=True)))
show(lambda: list(zip(Counter("a", 1), Counter("b", 1), Counter("c", 1), strict=True)))

# errors from the iterators propagate
class Bad:
    def __init__(self):
        self.done = False
    def __iter__(self):
        return self
    def __next__(self):
        if self.done:
            raise RuntimeError("inner")
        self.done = True
        return 1

show(lambda: list(zip([1, 2], Bad(), strict=True)))
show(lambda: list(zip([1], Bad(), strict=True)))
for a, b in zip(range(3), "xyz", strict=True):
    print(a, b)

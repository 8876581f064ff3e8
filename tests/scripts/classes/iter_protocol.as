# __iter__/__next__: custom iterators in for loops, list(), next(), zip.
class Countdown:
    def __init__(self, start):
        self.n = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
for x in Countdown(3):
    print(x)
print(list(Countdown(5)), sum(Countdown(4)))
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return Range2Iter(self.n)
class Range2Iter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i * 2
    def __iter__(self):
        return self
r = Range2(3)
print(list(r), list(r), [a + b for a, b in zip(r, r)])
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
print(sorted(Countdown(4)), max(Countdown(3)), dict(zip(Countdown(2), "ab")))

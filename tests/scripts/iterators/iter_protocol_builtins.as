# Built-ins that accept any iterable work with a user iterator class.
class Up:
    def __init__(self, n):
        self.n, self.i = n, 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Up(3)), tuple(Up(3)), sum(Up(4)), max(Up(5)), min(Up(5)), sorted(Up(3), reverse=True))
print(dict(zip(Up(3), "abc")), list(enumerate(Up(2))), any(Up(0)), all(Up(3)))
print([x * 2 for x in Up(3)], {x: x for x in Up(2)}, list(map(str, Up(3))), list(filter(None, Up(2))))
a, b, c = Up(3)
print(a, b, c)
first, *rest = Up(4)
print(first, rest)
print(3 in Up(5), 9 in Up(5), len(list(Up(100))))
print(list(zip(Up(2), Up(5), Up(3))))
it = Up(3)
print(list(it), list(it))

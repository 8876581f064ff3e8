# __call__ makes instances callable.
class Multiplier:
    def __init__(self, k):
        self.k = k
        self.calls = 0
    def __call__(self, x, y=1):
        self.calls += 1
        return self.k * x * y
m = Multiplier(3)
print(m(2), m(2, y=5), m.calls)
print(list(map(m, [1, 2, 3])))
class Memo:
    def __init__(self, f):
        self.f = f
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.f(n)
        return self.cache[n]
def slow_fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
fib = Memo(slow_fib)
print(fib(60), len(fib.cache))

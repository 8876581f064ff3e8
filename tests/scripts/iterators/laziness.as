# map, filter, zip, enumerate and reversed are lazy iterators: they call
# functions only when consumed and work on endless iterators.
class Naturals:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        return self.i
def loud(x):
    print("  loud", x)
    return x * 10
m = map(loud, [1, 2, 3])
print("map created")
print(next(m))
print(list(m))
f = filter(lambda x: loud(x) > 10, [1, 2, 3])
print("filter created")
print(next(f))
print(list(zip(Naturals(), "abc")))
print(next(enumerate(Naturals(), 5)), next(filter(lambda x: x % 7 == 0, Naturals())))
squares = map(lambda x: x * x, Naturals())
print([next(squares) for _ in range(5)])
for i, n in enumerate(Naturals()):
    if n > 3:
        break
print(i, n)
nums = [1, 2, 3]
r = reversed(nums)
nums[0] = 100
print(list(r))
z = zip([1, 2], [3, 4])
print(list(z), list(z))
e = enumerate("ab")
print(list(e), list(e))

# is / is not on singletons and shared objects; in on every container.
a = [1, 2]
b = a
c = a[:]
print(a is b, a is c, a == c, b is not c)
print(None is None, True is not False, type(1) is int, type('') is str)
t = (1, 2, 3)
d = {'x': 1, 'y': 2}
print(2 in t, 4 in t, 'x' in d, 1 in d, 1 in d.values(), ('x', 1) in d.items())
print('ell' in 'hello', '' in 'abc', 'abc' in 'ab')
print([1] in [[1], [2]], (1,) in [(1,)], 1.0 in [1], True in [1])
print(3 in range(5), 5 in range(5), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
class Box:
    def __init__(self, items):
        self.items = items
    def __contains__(self, x):
        print("contains", x)
        return x in self.items
bx = Box([1, 2])
print(1 in bx, 5 not in bx)

# Arithmetic dunders, reflected versions, NotImplemented fallbacks.
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)):
            return V(self.x + o, self.y + o)
        return NotImplemented
    def __radd__(self, o):
        print("radd with", o)
        return self + o
    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    def __rmul__(self, k):
        return V(self.x * k, self.y * k)
    def __neg__(self):
        return V(-self.x, -self.y)
    def __eq__(self, o):
        return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __repr__(self):
        return f"V({self.x}, {self.y})"
a, b = V(1, 2), V(10, 20)
print(a + b, b - a, a * 3, 3 * a, -a, a + 1, 1 + a)
print(sum([a, b, V(100, 100)]), a == V(1, 2), a != b)
try:
    a + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    "s" + a
except TypeError as e:
    print("TypeError:", e)
c = a
c += b
print(c, a, c is a)
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
acc = Acc()
same = acc
acc += 5
acc += 6
print(acc.items, acc is same)
class M:
    def __init__(self, v):
        self.v = v
    def __truediv__(self, o): return M(self.v / o.v)
    def __floordiv__(self, o): return M(self.v // o.v)
    def __mod__(self, o): return M(self.v % o.v)
    def __pow__(self, o): return M(self.v ** o.v)
    def __and__(self, o): return M(self.v & o.v)
    def __or__(self, o): return M(self.v | o.v)
    def __xor__(self, o): return M(self.v ^ o.v)
    def __lshift__(self, o): return M(self.v << o.v)
    def __rshift__(self, o): return M(self.v >> o.v)
    def __invert__(self): return M(~self.v)
    def __pos__(self): return M(+self.v)
    def __abs__(self): return M(abs(self.v))
    def __repr__(self): return f"M({self.v})"
x, y = M(12), M(5)
print(x / y, x // y, x % y, x ** y, x & y, x | y, x ^ y, x << y, x >> M(2), ~x, +x, abs(M(-3)))

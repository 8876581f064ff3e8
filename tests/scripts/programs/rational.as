# A Fraction-like rational class with normalisation, operators, ordering,
# hashing consistent with ints, and reflected operators.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
def lift(o):
    if isinstance(o, Q):
        return o
    if isinstance(o, int):
        return Q(o)
    return None
class Q:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("Q(%d, 0)" % n)
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n, self.d = n // g, d // g
    def __add__(self, o):
        o = lift(o)
        if o is None:
            return NotImplemented
        return Q(self.n * o.d + o.n * self.d, self.d * o.d)
    def __radd__(self, o):
        return self + o
    def __sub__(self, o):
        o = lift(o)
        return Q(self.n * o.d - o.n * self.d, self.d * o.d)
    def __rsub__(self, o):
        return lift(o) - self
    def __mul__(self, o):
        o = lift(o)
        return Q(self.n * o.n, self.d * o.d)
    def __rmul__(self, o):
        return self * o
    def __truediv__(self, o):
        o = lift(o)
        return Q(self.n * o.d, self.d * o.n)
    def __neg__(self):
        return Q(-self.n, self.d)
    def __eq__(self, o):
        o = lift(o)
        return o is not None and self.n == o.n and self.d == o.d
    def __lt__(self, o):
        o = lift(o)
        return self.n * o.d < o.n * self.d
    def __hash__(self):
        return hash(self.n) if self.d == 1 else hash((self.n, self.d))
    def value(self):
        return self.n / self.d
    def __repr__(self):
        return f"{self.n}/{self.d}" if self.d != 1 else str(self.n)
a, b = Q(1, 2), Q(3, -4)
print(a, b, a + b, a - b, a * b, a / b, -b, 1 + a, a + 1, 2 * b, 1 - a)
print(Q(6, 8), Q(0, 5), Q(10, 5), Q(2, 4) == Q(1, 2), Q(4, 2) == 2, Q(1, 3) == "x")
h = Q(1)
for k in range(2, 11):
    h = h + Q(1, k)
print("H(10) =", h, round(h.value(), 6))
print(sorted([Q(1, 3), Q(1, 2), Q(-1, 5), Q(2, 7)]), max(Q(3, 7), Q(4, 9)))
d = {Q(2, 1): "two", Q(1, 2): "half"}
print(d[2], d[Q(2, 4)], len({Q(1, 2), Q(2, 4), Q(3, 6)}))
try:
    Q(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    a + 0.5
except TypeError as e:
    print("TypeError:", e)

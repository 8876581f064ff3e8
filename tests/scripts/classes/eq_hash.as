# __eq__ and __hash__: equality, membership, dict keys, set dedupe;
# defining __eq__ alone makes instances unhashable.
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k
    def __hash__(self):
        return hash(self.k)
    def __repr__(self):
        return f"Key({self.k})"
a, b, c = Key(1), Key(1), Key(2)
print(a == b, a != b, a == c, a is b, a == 1)
d = {a: "first"}
d[b] = "second"
print(d, len(d), d[Key(1)])
print(Key(2) in [a, c], len({a, b, c}))
class EqOnly:
    def __eq__(self, other):
        return True
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError:", e)
print(EqOnly() == 5, EqOnly() != 5)
class Plain:
    pass
p = Plain()
print(p == p, p == Plain(), hash(p) == hash(p))
class Ne:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print("__eq__ called")
        return self.v == o.v
print(Ne(1) != Ne(2))

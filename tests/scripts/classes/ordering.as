# __lt__ and friends: sorting, min/max, reflected comparisons.
class Ver:
    def __init__(self, *parts):
        self.parts = list(parts)
    def __lt__(self, other):
        return self.parts < other.parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __repr__(self):
        return "v" + str(self.parts)
vs = [Ver(1, 10), Ver(1, 2), Ver(1, 2, 1), Ver(0, 9)]
print(sorted(vs), min(vs), max(vs))
print(Ver(1, 0) < Ver(1, 1), Ver(2, 0) > Ver(1, 9), Ver(1, 0) == Ver(1, 0))
print(sorted(vs, reverse=True))
class Le:
    def __init__(self, v):
        self.v = v
    def __le__(self, o):
        return self.v <= o.v
    def __ge__(self, o):
        return self.v >= o.v
print(Le(1) <= Le(2), Le(3) >= Le(2), Le(1) >= Le(2))
try:
    Ver(1) <= Ver(2)
except TypeError as e:
    print("TypeError:", e)

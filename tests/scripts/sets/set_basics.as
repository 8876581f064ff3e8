# Sets of small ints: literal, set(), add/discard/remove/pop, operators.
s = {3, 1, 2}
print(s, len(s), 2 in s, 5 in s, set(), set([1, 1, 2]), type(s).__name__)
s.add(4)
s.add(1)
print(s)
s.discard(10)
s.discard(4)
s.remove(3)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print({1, 2} <= a, {1, 2} < {1, 2}, a >= {1}, a.issubset({1, 2, 3, 4, 5}), a.isdisjoint({9}))
print({1, 2} == {2, 1}, {1} != {1.0}, set() == set(), {1, 2, 3} == {1, 2})
c = a.copy()
c.update([10, 11], {12})
print(sorted(c), sorted(a))
print(c.pop() in {1, 2, 3, 4, 10, 11, 12}, len(c))
c.clear()
print(c, bool(c), bool({0}))

# tuple.count/index, concatenation, repetition, comparison, immutability.
t = (1, 2, 3, 2, 1)
print(t.count(2), t.index(3), t.index(1, 1), t + (4,), t * 2, (0,) * 3)
print(t[1:4], len(t), 2 in t, max(t), sorted(t))
print((1, 2) < (1, 2, 3), (3,) > (2, 99), (1, "a") == (1, "a"), () < (0,))
a = (1, [2])
a[1].append(3)
print(a)
try:
    t.index(42)
except ValueError as e:
    print("ValueError:", e)
try:
    t.append(4)
except AttributeError as e:
    print("AttributeError:", e)
x = t
x += (9,)
print(t, x, x is t)
print(tuple(sorted({3: 1, 1: 2})), hash((1, (2, 3))) == hash((1, (2, 3))))

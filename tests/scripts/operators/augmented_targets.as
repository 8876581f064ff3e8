# Augmented assignment on names, attributes, subscripts, slices; mutable
# vs immutable behaviour of += (in place for lists, rebinding for tuples).
class Box:
    def __init__(self):
        self.n = 1
        self.items = [1]
b = Box()
b.n += 4
b.n *= 3
b.items += [2]
b.items *= 2
print(b.n, b.items)
d = {"k": 10}
d["k"] -= 3
d["k"] **= 2
d.setdefault("new", 0)
d["new"] += 1
print(d)
m = [[1, 2], [3, 4]]
m[1][0] += 100
m[0] += [5]
print(m)
t = (1, 2)
alias = t
t += (3,)
print(t, alias)
s = "ab"
s += "cd"
s *= 2
print(s)
l = [1, 2, 3, 4]
l[1:3] += ["x"]
print(l)
calls = []
def key():
    calls.append("key")
    return "k"
counts = {"k": 0}
for _ in range(3):
    counts[key()] += 1
print(counts, calls)
x = 7
x //= 2
x <<= 3
x %= 5
x |= 8
x ^= 1
x &= 6
x >>= 1
print(x)
f = 1.5
f /= 2
f -= 1
print(f)

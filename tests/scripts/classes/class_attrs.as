# Class attributes vs instance attributes, mutable class attributes,
# methods looked up through the class, __dict__ of instances.
class Counter:
    shared = []
    total = 0
    def __init__(self):
        self.mine = []
    def add(self, x):
        self.shared.append(x)
        self.mine.append(x)
        Counter.total += x
a, b = Counter(), Counter()
a.add(1)
b.add(2)
print(a.shared, b.shared, a.mine, b.mine, Counter.total)
class P:
    x = 1
p = P()
p.x += 10
print(p.x, P.x)
del p.x
print(p.x)
class Q:
    def method(self):
        return "method"
q = Q()
q.method = lambda: "instance override"
print(q.method(), Q().method())
print(Q.__name__, type(Q).__name__)

# Dict and set comprehensions.
print({x: x * x for x in range(5)})
print({k: v for k, v in [('a', 1), ('b', 2), ('a', 3)]})
d = {'x': 1, 'y': 2, 'z': 3}
print({v: k for k, v in d.items()})
print({k: v for k, v in d.items() if v != 2})
print(sorted({x % 4 for x in range(20)}))
print({n % 3 for n in range(10)})
print({(i, j): i * j for i in range(3) for j in range(2) if i})
print(len({c for c in "mississippi"}), sorted({c for c in "mississippi"}))
print({i: [j for j in range(i)] for i in range(4)})

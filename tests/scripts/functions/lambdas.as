# Lambdas: arguments, defaults, closures, immediate calls, in data structures.
sq = lambda x: x * x
print(sq(7), (lambda: "no args")(), (lambda a, b=2: a + b)(1))
print((lambda *a, **k: (a, k))(1, 2, z=3))
ops = {'add': lambda a, b: a + b, 'mul': lambda a, b: a * b}
print(ops['add'](3, 4), ops['mul'](3, 4))
adders = [lambda x, n=n: x + n for n in range(3)]
print([a(10) for a in adders])
late = [lambda x: x + n for n in range(3)]
print([a(10) for a in late])
make = lambda k: lambda x: x * k
triple = make(3)
print(triple(5), make(2)(make(5)(1)))
pairs = [(1, 'b'), (2, 'a'), (0, 'c')]
print(sorted(pairs, key=lambda p: p[1]))
print(list(map(lambda x: x % 3, range(7))), list(filter(lambda s: s, ['', 'a', '', 'b'])))
print(type(sq).__name__, sq.__name__)

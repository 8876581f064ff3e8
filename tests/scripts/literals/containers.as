# List, tuple and dict displays, empty and nested, and their reprs.
print([], [1], [1, 2, 3], [1, [2, [3, []]]])
print((), (1,), (1, 2), ((1,), (2, 3)))
print({}, {'a': 1}, {1: 'x', 2: 'y'}, {'k': [1, 2], 'd': {'e': ()}})
print([1, 'a', 2.5, None, True, (1,)])
t = 1, 2, 3
print(t, type(t).__name__)
u = 4,
print(u, len(u))
print([1, 2, 3,], {'a': 1,}, (1, 2,))
print({'a': 1, 'a': 2})
print({1: 'int', 1.0: 'float', True: 'bool'})
d = {'b': 1, 'a': 2, 'c': 3}
print(list(d), d)
print(repr(['it\'s', "q\"q"]))

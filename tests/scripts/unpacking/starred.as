# Starred assignment targets and starred expressions in displays.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *mid, z = [1, 2]
print(a, mid, z)
(h, *t), u = (1, 2, 3), 4
print(h, t, u)
*everything, = (7, 8)
print(everything)
print([*range(3), *"ab", 9])
print((*[1, 2], 3))
print({**{'a': 1}, 'b': 2, **{'a': 3}})
for head, *tail in [(1, 2, 3), (4,)]:
    print(head, tail)
print(type(rest).__name__, type(init).__name__)

# list(), tuple(), dict() constructors from various iterables and kwargs.
print(list(), list("abc"), list((1, 2)), list(range(3)), list({'a': 1, 'b': 2}))
print(list({'a': 1}.items()), list({'a': 1}.values()), list(map(abs, [-1, -2])))
print(tuple(), tuple([1, 2]), tuple("xy"), tuple(range(2)), tuple({'k': 0}))
print(dict(), dict(a=1, b=2), dict([('x', 1), ('y', 2)]), dict({'k': 'v'}, extra=1))
print(dict(zip("abc", range(3))), dict([[1, 2], "xy"]))
l = [1, 2]
l2 = list(l)
l2.append(3)
print(l, l2, l is l2)
t = (1, 2)
print(tuple(t) is t, list(t), dict.fromkeys("ab"), dict.fromkeys([1, 2], 0))
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print("ValueError:", e)

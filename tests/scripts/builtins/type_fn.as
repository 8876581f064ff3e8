# type() of values; type objects are callable and comparable.
for v in [1, 1.0, "s", None, True, [1], (1,), {}, range(1), len, type, Exception("e")]:
    print(type(v).__name__, type(v))
class K:
    pass
print(type(K()), type(K()).__name__, type(K) is type)
print(type(1)(5.7), type("")(12), type([])("ab"))
print(type(1) == type(2), type(1) == type(1.0))

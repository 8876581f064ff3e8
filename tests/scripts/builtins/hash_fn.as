# hash(): equal numbers hash equal; small ints hash to themselves;
# tuples of hashables are hashable; mutable containers are not.
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False))
print(hash(5), hash(-5), hash(12345), hash(2.0), hash(-3.0))
print(hash(0.5) == hash(0.5), hash(-7.0) == hash(-7))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((1.0, 2.0)), hash("abc") == hash("ab" + "c"))
print(hash(None) == hash(None), type(hash("x")).__name__)
for bad in [[1], {}, {1}, ([1],)]:
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)

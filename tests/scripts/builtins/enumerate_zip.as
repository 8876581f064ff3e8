# enumerate() with start; zip() with unequal lengths, zero and many args.
print(list(enumerate("abc")), list(enumerate(["x", "y"], start=1)), list(enumerate([], 5)))
print(list(enumerate("ab", -2)))
for i, (a, b) in enumerate(zip([1, 2, 3], "xyz")):
    print(i, a, b)
print(list(zip()), list(zip([1, 2])), list(zip([1, 2, 3], "ab")), list(zip("ab", range(10), [True])))
names, ages = zip(*[("ann", 3), ("bob", 4)])
print(names, ages)
print(dict(zip(["a", "b"], [1, 2])), list(zip(*[[1, 2, 3], [4, 5, 6]])))
e = enumerate("xy")
print(next(e), next(e), next(e, None))

# min()/max(): positional or iterable, key=, default=, ties, mixed numbers.
print(min(3, 1, 2), max(3, 1, 2), min([4, 2, 8]), max((4, 2, 8)), min("hello"), max("hello"))
print(min(1, 1.0), max(1, 1.0), min(1.0, 1), max(True, 1), min(-0.0, 0))
print(max(["apple", "fig", "banana"], key=len), min(["apple", "fig", "banana"], key=len))
print(max([], default="empty"), min([], default=None), max([5], default=0))
print(max([(1, "b"), (1, "a"), (0, "z")]), min([[2], [1, 9]]))
print(max({"a": 3, "b": 1}), max({"a": 3, "b": 1}, key=lambda k: {"a": 3, "b": 1}[k]))
pairs = [("x", 2), ("y", 2), ("z", 1)]
print(max(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: p[1]))
print(max(range(10), key=lambda n: n % 4), min(-3, 2, key=abs))
for bad in [lambda: max(), lambda: min([]), lambda: max(1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    max(1, "a")
except TypeError as e:
    print("TypeError:", e)

# sum(): ints, floats, start value, lists with a list start, errors.
print(sum([]), sum([1, 2, 3]), sum((1.5, 2.5)), sum(range(10), 100), sum([0.1] * 10))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([True, True, False]))
print(sum([1, 2.5]), type(sum([1, 2])).__name__, type(sum([1, 2.0])).__name__)
print(sum({1: 'a', 2: 'b'}), sum(x for x in range(4)), sum([1, 2], start=10))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError:", e)

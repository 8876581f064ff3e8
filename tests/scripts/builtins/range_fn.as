# range(): one, two, three arguments, negative steps, empty ranges, repr, errors.
print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)), list(range(10, 0, -3)))
print(list(range(0)), list(range(5, 5)), list(range(5, 2)), list(range(-3, 3)), list(range(3, -3, -2)))
print(range(5), range(1, 5), range(1, 5, 2), repr(range(0, -5, -1)))
r = range(10, 20, 2)
print(len(r), r[0], r[-1], r[1:3], 14 in r, 15 in r, r.start, r.stop, r.step)
print(range(3) == range(3), range(0) == range(5, 5), list(reversed(range(4))))
print(sum(range(101)), max(range(7)), min(range(3, 9)))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range("5")
except TypeError as e:
    print("TypeError:", e)

# Mutating a list while iterating over it: appended items are visited,
# removals skip elements, exactly as CPython's index-based list iterator.
l = [1, 2]
for x in l:
    if x < 5:
        l.append(x + 2)
print(l)
l = [1, 2, 3, 4, 5, 6]
for x in l:
    l.remove(x)
print(l)
l = [0, 1, 2, 3]
seen = []
for i, x in enumerate(l):
    seen.append(x)
    if i == 1:
        l.insert(0, "ins")
print(seen, l)
l = [1, 2, 3]
it = iter(l)
print(next(it))
l.clear()
print(list(it))
l = [3, 1, 2]
it = iter(l)
l.sort()
print(list(it))

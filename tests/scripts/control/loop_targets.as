# Loop targets: unpacking, attribute/item targets, variable after loop,
# mutating while iterating over a copy, iterating dicts and ranges.
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
for k in {'x': 1, 'y': 2}:
    print(k)
for k, v in {'x': 1, 'y': 2}.items():
    print(k, v)
for i in range(10, 0, -3):
    print(i, end=' ')
print()
for i in range(0):
    pass
print(i)
lst = [1, 2, 3, 4]
for x in lst[:]:
    if x % 2 == 0:
        lst.remove(x)
print(lst)
d = {}
for d['key'] in range(3):
    pass
print(d)
for i, (a, b) in enumerate(zip("xy", [10, 20]), start=1):
    print(i, a, b)
for _ in range(2):
    print("underscore")

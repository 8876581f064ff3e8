# Slices with all combinations of omitted bounds and negative steps, and
# slice assignment that grows, shrinks, and inserts.
s = list("abcdefgh")
for start in (None, 2, -3):
    for stop in (None, 5, -1):
        for step in (None, 2, -1, -2):
            print(start, stop, step, "".join(s[start:stop:step]))
x = [1, 2, 3, 4, 5]
x[1:4] = []
print(x)
x[1:1] = [7, 8, 9]
print(x)
x[-1:] = [0, 0, 0]
print(x)
x[:] = x[::-1]
print(x)
t = tuple(range(10))
print(t[-3:], t[:-3], t[::-3], t[-1:-4:-1])

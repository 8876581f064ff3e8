# Simultaneous assignment patterns: swaps, rotations, fibonacci, element swaps.
a, b = 1, 2
a, b = b, a
print(a, b)
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
x, y = 0, 1
for _ in range(10):
    x, y = y, x + y
print(x, y)
arr = [5, 1, 4, 2, 3]
arr[0], arr[-1] = arr[-1], arr[0]
print(arr)
i, j = 1, 3
arr[i], arr[j] = arr[j], arr[i]
print(arr)
m = [[1, 2], [3, 4]]
m[0][1], m[1][0] = m[1][0], m[0][1]
print(m)
p = q = r = [0]
p = p + [1]
print(p, q, r, q is r)

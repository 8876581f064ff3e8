# Tuple/list unpacking in assignments, swaps, nested targets.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(x, y), z = (1, 2), 3
print(x, y, z)
[p, q] = "pq"
print(p, q)
m, (n, (o, r)) = 1, [2, (3, 4)]
print(m, n, o, r)
i = j = k = 0
print(i, j, k)
first, second = {'k1': 1, 'k2': 2}
print(first, second)
for idx, (key, val) in enumerate([('a', 1), ('b', 2)]):
    print(idx, key, val)
lst = [0, 0, 0]
lst[0], lst[2] = 'L', 'R'
print(lst)
class O: pass
obj = O()
obj.a, obj.b = 5, 6
print(obj.a, obj.b)
d = {}
d['x'], d['y'] = divmod_like = (7, 8)
print(d, divmod_like)
x = y = []
x.append(1)
print(x, y, x is y)
a, b, c = range(3)
print(a, b, c)
i = 0
arr = [10, 20]
i, arr[i] = 1, 99
print(i, arr)

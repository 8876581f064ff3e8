a = 1 + 2 * 3 - 4 / 5 // 6 % 7
b = -2 ** 2, 2 ** -1, 2 ** 3 ** 2, -x ** -y, (-2) ** 2
c = ~a & b | c ^ d << 1 >> 2
d = not a == b, not a and b or c, a or b or c, a and b and c, (a or b) or c
e = a < b <= c > d >= e == f != g
f = a in b, a not in b, a is b, a is not b, not a in b
g = a if b else c if d else e
h = (x := 10), [y := 1, y ** 2]
i = +a, -a, ~a, - - a
j = a @ b, a @ b @ c
k = (a < b) < c, a < (b < c)
l = a + (b + c), (a + b) + c, ((a))
m = await x, await x ** 2, -await x, await f()(), await x.y
n = a if not b else c
o = lambda: 0
p = lambda x, y=1, *a, z, **k: x + y
q = lambda x=lambda: 1: x
r = 1if x else 2

x = 1
x = y = z = 0
a, b = b, a
(a, b) = 1, 2
[a, b] = c
a, = b
*a, b = c
a, *b, c = d
[a, *b] = c
a, (b, c) = d
x.y = 1
x[0] = 1
x.y.z[1:2] = 3
x += 1
x -= 1; x *= 2; x /= 3; x //= 4; x %= 5; x **= 6
x <<= 1; x >>= 2; x &= 3; x |= 4; x ^= 5; x @= 6
x.a += 1
x[0] += 1
x: int
x: int = 5
x.y: str = "a"
x[0]: list = []
(x): int = 1
x = *a, b
x = 1,
for x in *a, b: pass

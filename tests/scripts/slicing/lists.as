# Slicing lists with positive/negative bounds, steps, out-of-range bounds.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[:], a[-3:], a[:-7], a[-5:-2])
print(a[::2], a[1::2], a[::-1], a[::-3], a[8:2:-2], a[2:8:-1])
print(a[100:], a[-100:3], a[3:100], a[5:2], a[-1:-11:-1])
print(a[0], a[-1], a[-10], a[9])
print(a[1:9:3], a[-2::-4], a[:0], a[None:4], a[4:None:None])
b = a[:]
b[0] = 'changed'
print(a[0], b[0])
c = [1, 2, 3, 4, 5]
c[1:3] = ['x', 'y', 'z']
print(c)
c[::2] = [0, 0, 0]
print(c)
c[:] = []
print(c)
d = [1, 2, 3, 4, 5, 6]
del d[::2]
print(d)
e = [1, 2, 3, 4]
del e[1:3]
print(e)
f = [1, 2, 3]
f[len(f):] = [4, 5]
f[:0] = [0]
print(f)

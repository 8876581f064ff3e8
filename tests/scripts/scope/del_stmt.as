# del of names, list items, slices, dict keys and attributes.
a = 1
del a
try:
    a
except NameError as e:
    print("NameError:", e)
lst = [0, 1, 2, 3, 4]
del lst[0]
del lst[-1]
print(lst)
del lst[:]
print(lst)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
try:
    del d['zz']
except KeyError as e:
    print("KeyError:", e)
class C: pass
o = C()
o.x = 1
o.y = 2
del o.x
print(hasattr(o, 'x'), o.y)
try:
    del o.x
except AttributeError as e:
    print("AttributeError:", e)
x, y = 1, 2
del x, y
for name in ('x', 'y'):
    try:
        print(x if name == "x" else y)
    except NameError as e:
        print("NameError:", e)
m = [[1, 2], [3, 4]]
del m[1][0]
print(m)

# list.append/extend/insert/pop/remove/clear/copy and their return values.
l = [1, 2]
print(l.append(3), l)
print(l.extend([4, 5]), l)
l.extend("ab")
l.extend(range(2))
l.extend((9,))
print(l)
l.insert(0, "first")
l.insert(-1, "before-last")
l.insert(100, "end")
l.insert(-100, "start")
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l.pop(1), l)
print(l.remove("a"), l)
c = l.copy()
c.append("only in copy")
print(len(l), len(c), c is l, c[:-1] == l)
print(l.clear(), l)
nested = [[1], [2]]
shallow = nested.copy()
shallow[0].append(99)
print(nested)
a = [1, 2, 3, 2, 1]
a.remove(2)
print(a)
try:
    a.remove(42)
except ValueError as e:
    print("ValueError:", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError:", e)

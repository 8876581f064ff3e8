# list.index (with start/stop), list.count, membership.
l = ["a", "b", "c", "b", "a"]
print(l.index("b"), l.index("b", 2), l.index("a", 1), l.index("c", 0, 3), l.count("a"), l.count("z"))
print([1, 1.0, True].count(1), [[1], [1]].count([1]), [None].index(None))
try:
    l.index("b", 4)
except ValueError as e:
    print("ValueError:", e)
try:
    l.index("zz")
except ValueError as e:
    print("ValueError:", e)

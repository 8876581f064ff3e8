# dict.keys()/items() as sets (operators with any iterable, comparisons,
# isdisjoint); bound methods compare and hash by (object, function); long
# float strings; os.environ assignments seen by os.getenv; round(int, -n).
import os

d = {"a": 1, "b": 2, "c": 3}
e = {"b": 0, "d": 4}
print(sorted(d.keys() & e.keys()), sorted(d.keys() | e.keys()), sorted(d.keys() - e.keys()), sorted(d.keys() ^ e.keys()))
print(sorted(d.keys() & {"a", "z"}), sorted(d.keys() - ["a"]), sorted({"a", "q"} & d.keys()), sorted(["a", "q"] - d.keys()))
print(sorted(d.items() & {("a", 1), ("b", 5)}), d.keys() == {"a", "b", "c"}, d.keys() <= {"a", "b", "c", "d"})
print(d.keys() < {"a", "b", "c"}, d.keys() >= {"a"}, d.keys().isdisjoint(["x"]), d.items().isdisjoint([("a", 1)]))
try:
    print(d.values() & {1})
except TypeError as ex:
    print("TypeError", ex)


class A:
    def m(self):
        return 1


a = A()
print(a.m == a.m, a.m != a.m, a.m == A().m, hash(a.m) == hash(a.m), {a.m: "found"}[a.m])
print(float("1" * 200) > 1e199, float("  " + "2" * 150 + ".5  ") > 0)
os.environ["ASTER_TEST_VAR"] = "set here"
print(os.getenv("ASTER_TEST_VAR"), os.getenv("ASTER_TEST_MISSING", "default"))
del os.environ["ASTER_TEST_VAR"]
print(os.getenv("ASTER_TEST_VAR"))
print(round(123456, -2), round(-250, -2), round(-150, -2), round(4999999999999999999, -19), round(15, -1))
print(bool(range(0)), bool(range(5, 0, -1)), range(3) == range(0, 3))

# dict get/keys/values/items/pop/popitem/setdefault/update/clear/copy.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d["b"])
print(d.keys(), d.values(), d.items())
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.setdefault("c", 3), d.setdefault("a", 100), d)
print(d.pop("a"), d.pop("zz", "default"), d)
d.update({"x": 9, "b": 20})
d.update(y=10)
d.update([("z", 0)])
print(d)
print(d.popitem(), d)
c = d.copy()
c["new"] = 1
print("new" in d, "new" in c)
print(d.clear(), d)
try:
    {}.pop("missing")
except KeyError as e:
    print("KeyError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups)

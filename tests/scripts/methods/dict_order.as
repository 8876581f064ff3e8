# Dicts keep insertion order; reassigning keeps position; deleting and
# re-inserting moves to the end; views are live.
d = {}
d["z"] = 1
d["a"] = 2
d["m"] = 3
print(d)
d["z"] = 100
print(d)
del d["z"]
d["z"] = 0
print(d, list(d))
keys = d.keys()
vals = d.values()
d["new"] = 5
print(keys, vals, len(keys))
print({1: "a", 2: "b"} == {2: "b", 1: "a"})
print(list({3: 0, 1: 0, 2: 0}), sorted({3: 0, 1: 0, 2: 0}))
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print("a" in d, 0 in d.values(), ("m", 3) in d.items())
for k, v in d.items():
    print(k, v)
try:
    for k in d:
        d["another"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)

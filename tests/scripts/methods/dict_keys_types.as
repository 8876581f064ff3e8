# Keys of many hashable types; numeric keys unify (1 == 1.0 == True).
d = {1: "int", "1": "str", (1,): "tuple", None: "none", 2.5: "float", False: "false"}
print(d[1], d["1"], d[(1,)], d[None], d[2.5], d[0], d[0.0])
d[1.0] = "float one"
print(d[True], len(d))
print({(1, 2): "a", (2, 1): "b"}[(2, 1)])
try:
    d[[1]] = 0
except TypeError as e:
    print("TypeError:", e)
print({-0.0: "negzero"}[0], {0: "zero"}[-0.0])

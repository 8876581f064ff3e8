# Messages of common built-in errors, caught and printed.
cases = [
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: 1.0 / 0,
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [1] + (1,),
    lambda: "a" * "b",
    lambda: -"a",
    lambda: 1 < "a",
    lambda: [] < {},
    lambda: None + 1,
    lambda: {}["missing"],
    lambda: {1: 2}[3],
    lambda: [1, 2, 3][10],
    lambda: int("x"),
    lambda: int("12.5"),
    lambda: float("abc"),
    lambda: undefined_variable,
    lambda: (1).foo,
    lambda: "s".nope,
    lambda: None.attr,
    lambda: [].index(5),
    lambda: [].remove(1),
    lambda: {}.pop("k"),
    lambda: ord("ab"),
    lambda: chr(-1),
    lambda: hash([]),
    lambda: {[]: 1},
    lambda: iter(5),
    lambda: next(iter([])),
    lambda: len(None),
    lambda: abs("x"),
    lambda: sum(["a", "b"]),
    lambda: max([]),
    lambda: range(1.5),
    lambda: list(1),
]
for c in cases:
    try:
        c()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)

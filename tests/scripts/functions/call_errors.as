# TypeError messages for bad calls.
def f(a, b):
    return a + b
def g(a, b=1, *, c):
    return a
tests = [
    lambda: f(1),
    lambda: f(1, 2, 3),
    lambda: f(1, c=3),
    lambda: f(1, 2, a=3),
    lambda: f(),
    lambda: g(1),
    lambda: (5)(),
    lambda: "abc"(1),
    lambda: len(1, 2),
    lambda: len(5),
    lambda: f(**{'a': 1, 'b': 2, 'z': 3}),
]
for t in tests:
    try:
        t()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)

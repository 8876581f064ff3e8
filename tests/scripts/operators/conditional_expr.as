# Conditional expressions; only the chosen branch is evaluated.
def loud(v):
    print("eval", v)
    return v
x = 7
print("big" if x > 5 else "small")
print(loud("a") if x else loud("b"))
print(loud("a") if not x else loud("b"))
sign = lambda n: "neg" if n < 0 else "zero" if n == 0 else "pos"
print([sign(n) for n in (-3, 0, 4)])
y = (1 if x % 2 else 0) + 10
print(y)
print([i if i % 2 else -i for i in range(5)])
print(("a", "b")[x > 3] if x else None)

# Comprehensions inside functions and lambdas capture enclosing locals;
# nested comprehensions see the outer loop variable.
def table(n):
    header = "x"
    return [[f"{header}{i}*{j}={i*j}" for j in range(1, n + 1)] for i in range(1, n + 1)]
for row in table(3):
    print(row)
scale = 3
f = lambda xs: [x * scale for x in xs]
print(f([1, 2]))
def make():
    base = 100
    return lambda: {k: base + k for k in range(3)}
print(make()())
def flatten(m):
    return [v for row in m for v in row if v is not None]
print(flatten([[1, None], [], [2, 3]]))
words = ["ab", "cde"]
print([[c for c in w] for w in words], [c for w in words for c in w])

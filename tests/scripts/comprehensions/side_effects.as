# Comprehension clauses run in nesting order; conditions are checked before
# the element expression; the outermost iterable is evaluated first, once.
log = []
def src(name, items):
    log.append("iter " + name)
    return items
def cond(x):
    log.append(f"cond {x}")
    return x % 2 == 0
def elem(x):
    log.append(f"elem {x}")
    return x * 10
result = [elem(x) for x in src("outer", range(4)) if cond(x)]
print(result)
print(log)
log.clear()
pairs = [(x, y) for x in src("xs", [1, 2]) for y in src("ys", "ab")]
print(pairs)
print(log)
log.clear()
d = {elem(k): cond(k) for k in src("keys", [1, 2])}
print(d, log)

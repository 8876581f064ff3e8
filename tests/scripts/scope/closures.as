# Closures: counters, independent cells, late binding, default capture.
def make_counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c1(), c2())
def make_acc(total):
    def add(x):
        nonlocal total
        total += x
        return total
    return add
acc = make_acc(100)
print(acc(10), acc(-50))
fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
fs = []
for i in range(3):
    def bind(v=i):
        return v
    fs.append(bind)
print([f() for f in fs])
def outer():
    x = "before"
    def get():
        return x
    x = "after"
    return get
print(outer()())
def shared():
    val = [0]
    def inc():
        val[0] += 1
    def get():
        return val[0]
    return inc, get
inc, get = shared()
inc(); inc()
print(get())
def pair():
    state = 0
    def setter(v):
        nonlocal state
        state = v
    def getter():
        return state
    return setter, getter
s, g = pair()
s(42)
print(g())

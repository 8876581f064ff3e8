# Nested function definitions, recursion of inner functions, closures
# capturing parameters and loop variables, functions redefined at runtime.
def outer(n):
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)
    def helper():
        return [fact(i) for i in range(n)]
    return helper()
print(outer(6))
def make_multipliers():
    out = []
    for k in range(1, 4):
        def mul(x, k=k):
            return x * k
        out.append(mul)
    return out
print([m(10) for m in make_multipliers()])
def f():
    return "first"
g = f
def f():
    return "second"
print(f(), g())
def counter_pair():
    count = 0
    def inc():
        nonlocal count
        count += 1
    def dec():
        nonlocal count
        count -= 1
    def get():
        return count
    return inc, dec, get
inc, dec, get = counter_pair()
inc(); inc(); dec(); inc()
print(get())
def conditional_def(flag):
    if flag:
        def impl():
            return "yes branch"
    else:
        def impl():
            return "no branch"
    return impl()
print(conditional_def(True), conditional_def(False))

# Functions as values: passing, returning, storing, attributes.
def apply(f, *args):
    return f(*args)
def compose(f, g):
    def h(x):
        return f(g(x))
    return h
def inc(x):
    return x + 1
def dbl(x):
    return x * 2
print(apply(inc, 1), apply(max, 3, 9, 2))
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
table = [inc, dbl, abs, str]
print([f(-3) for f in table])
print(inc.__name__, compose(inc, dbl).__name__, type(inc).__name__)
alias = inc
print(alias(41), alias is inc, alias == inc)
def pipeline(value, *funcs):
    for f in funcs:
        value = f(value)
    return value
print(pipeline(3, inc, dbl, dbl, str, len))

# *args and **kwargs: collection, forwarding and unpacking at call sites.
def f(*args, **kwargs):
    return args, kwargs
print(f())
print(f(1, 2))
print(f(a=1, b=2))
print(f(1, *[2, 3], 4, *(5,), x=1, **{'y': 2}, z=3))
def g(first, *rest):
    return first, rest
print(g(1), g(1, 2, 3))
def wrapper(*args, **kwargs):
    return target(*args, **kwargs)
def target(a, b=0, *, c=0):
    return a + b + c
print(wrapper(1), wrapper(1, 2), wrapper(1, c=5), wrapper(a=1, b=1, c=1))
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(1, 2, 3), total(*range(10)))
def kw_only(**opts):
    return sorted(opts.items())
print(kw_only(z=1, a=2, m=3))
args = (1, 2)
kwargs = {'c': 3}
def three(a, b, c):
    return [a, b, c]
print(three(*args, **kwargs), three(*'xyz'), three(*range(3)))
print(type(f()[0]).__name__, type(f()[1]).__name__)

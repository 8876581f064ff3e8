# iter()/next() on lists, strings, dicts, tuples, ranges; default values.
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "end"), next(it, None))
s = iter("ab")
print(next(s), next(s))
d = iter({"k1": 1, "k2": 2})
print(next(d), list(d))
r = iter(range(3))
print(list(r), list(r))
t = iter((9,))
print(next(t))
try:
    next(t)
except StopIteration as e:
    print("StopIteration", repr(e), e.args)
it = iter([1, 2])
print(iter(it) is it, list(it))
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
it = iter([10, 20, 30])
for x in it:
    print("got", x, "then skip", next(it, None))

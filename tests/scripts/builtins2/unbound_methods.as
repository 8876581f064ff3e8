# Methods of built-in classes called unbound check their self, as CPython's
# method descriptors do; containers extended by themselves copy safely.
def attempt(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)

attempt(dict.keys, 5)
attempt(dict.items, "x")
attempt(dict.values, [])
attempt(dict.get, [], 1)
attempt(list.append, (1,), 2)
attempt(list.sort, {})
attempt(set.add, frozenset(), 1)
attempt(str.upper, b"x")
attempt(bytes.decode, "x")
attempt(int.bit_length, 2.5)
attempt(float.is_integer, 3)
attempt(tuple.count, [1], 1)
attempt(str.join, ",", ["a", "b"])
attempt(int.bit_length, True)
attempt(dict.keys)
print(list(map(str.upper, ["a", "b"])))

class D(dict):
    pass

print(sorted(dict.keys(D(a=1, b=2))))

l = [1, 2]
l += l
print(l)
m = [3]
m.extend(m)
print(m)
list.__iadd__(m, m)
print(m)
t = (1, 2)
t += t
print(t)

e = ValueError("v")
BaseException.__init__(e, e)
try:
    print(repr(e))
except RecursionError as r:
    print("RecursionError", r)

async def f():
    return 1

c = f()
print(type(c).__name__)
c.close()

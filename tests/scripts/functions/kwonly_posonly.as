# Keyword-only parameters (after * or *args) and positional-only (before /).
def kw(a, *, b, c=3):
    return a, b, c
print(kw(1, b=2), kw(1, c=0, b=5))
def after_args(*args, sep=","):
    out = ""
    for a in args:
        out += (sep if out else "") + str(a)
    return out
print(after_args(1, 2, 3), after_args(1, 2, sep="|"))
def pos(a, b, /, c, *, d):
    return a, b, c, d
print(pos(1, 2, 3, d=4), pos(1, 2, c=3, d=4))
def po_default(a, b=2, /):
    return a * b
print(po_default(5), po_default(5, 3))
def mixed(a, /, b, *args, c, **kw):
    return a, b, args, c, kw
print(mixed(1, 2, 3, 4, c=5, e=6))
def name_clash(a, /, **kw):
    return a, kw
print(name_clash(1, a=2))
try:
    kw(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    pos(1, b=2, c=3, d=4)
except TypeError as e:
    print("TypeError:", e)
try:
    kw(1)
except TypeError as e:
    print("TypeError:", e)

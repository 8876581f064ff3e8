# Truth values used by if/while/and/or/not/bool across types and objects.
class WithLen:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class WithBool:
    def __init__(self, b):
        self.b = b
    def __bool__(self):
        return self.b
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
class Neither:
    pass
for obj in [WithLen(0), WithLen(2), WithBool(False), WithBool(True), Both(), Neither()]:
    print(type(obj).__name__, bool(obj), "truthy" if obj else "falsy", not obj)
print([x for x in [0, 1, "", "s", None, [], [[]], 0.0, 1e-300] if x])
n = 3
while n:
    n -= 1
print(n, (0 or WithLen(0)).n, (WithBool(True) and "second"))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)

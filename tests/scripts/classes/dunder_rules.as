# Finer points of the data model: __radd__ is not tried for the same type,
# __init__ must return None, __str__/__repr__ must return str, results of
# __eq__/__lt__ are used for their truth value.
class V:
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return "radd called"
try:
    print(V() + V())
except TypeError as e:
    print("TypeError:", e)
print(1 + V())
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)
class BadStr:
    def __str__(self):
        return 5
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
class Fuzzy:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return [self.v] if self.v == o.v else []
    def __lt__(self, o):
        return self.v - o.v
print(Fuzzy(1) == Fuzzy(1), Fuzzy(1) == Fuzzy(2), Fuzzy(1) != Fuzzy(1))
if Fuzzy(1) == Fuzzy(1):
    print("truthy list result")
print(Fuzzy(1) < Fuzzy(0), bool(Fuzzy(1) < Fuzzy(1)))
print(sorted([Fuzzy(3), Fuzzy(1), Fuzzy(2)], key=lambda f: f.v)[0].v)
class Sub(V):
    def __radd__(self, o):
        return "Sub.__radd__ first"
print(V() + Sub())

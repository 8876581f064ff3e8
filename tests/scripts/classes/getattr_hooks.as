# __getattr__ is called only for missing attributes; __setattr__ intercepts
# every assignment.
class Proxy:
    def __init__(self, target):
        self.target = target
    def __getattr__(self, name):
        print("  __getattr__", name)
        return getattr(self.target, name)
class T:
    real = "real attr"
p = Proxy(T())
print(p.real, p.target.real)
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)
class Logged:
    def __setattr__(self, name, value):
        print("  set", name, value)
        object.__setattr__(self, name, value)
l = Logged()
l.a = 1
l.b = [2]
print(l.a, l.b)

# dir() and vars(): user classes, instances, modules, built-in values.
import dir_helper_mod

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

def public(names):
    return [n for n in names if not n.startswith("_")]

class Base:
    base_attr = 1
    def base_method(self):
        pass

class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst_b = 1
        self.inst_a = 2
    def __len__(self):
        return 0
    def method(self):
        pass

c = Child()
c.zeta = 3
print(dir(c) == sorted(dir(c)))
print(public(dir(c)))
print(public(dir(Child)))
print(public(dir(Base)))
for name in ["__class__", "__dict__", "__init__", "__len__", "__module__", "__repr__", "__eq__", "__qualname__"]:
    print(name, name in dir(c), name in dir(Child))
print(all(hasattr(c, n) for n in public(dir(c))))
print(vars(c))
print(vars(c) is c.__dict__)
vars(c)["added"] = 5
print(c.added)
print(sorted(k for k in vars(Child) if k not in ("__qualname__", "__dict__", "__weakref__", "__doc__")))
print(public(dir(dir_helper_mod)))
print(sorted(k for k in vars(dir_helper_mod) if not k.startswith("_")))
print(vars(dir_helper_mod)["VALUE"], "_private" in dir(dir_helper_mod))

# a class's own __dir__ wins and the result is sorted
class Custom:
    def __dir__(self):
        return ["b", "a", "c"]
print(dir(Custom()))
class CustomTuple:
    def __dir__(self):
        return ("y", "x")
print(dir(CustomTuple()))
class BadDir:
    def __dir__(self):
        return 5
show(lambda: dir(BadDir()))

# built-in values: public names
for v in ["", [], {}, (), set(), frozenset()]:
    print(type(v).__name__, public(dir(v)) == public(dir(type(v))), public(dir(v)))
print(public(dir(1.5)))
for v in [ValueError("x"), OSError(2, "gone"), StopIteration(1), SystemExit(3)]:
    names = dir(v)
    print(type(v).__name__, [n for n in ["args", "with_traceback", "errno", "strerror", "filename", "value", "code"]
                             if n in names])

# exceptions have a __dict__ too
e = ValueError("x")
e.note = 1
print(vars(e))

# no __dict__
show(lambda: vars(1))
show(lambda: vars("abc"))
show(lambda: vars([]))
show(lambda: vars(None))
show(lambda: vars(object()))
show(lambda: vars(1, 2))
show(lambda: vars(x=1))
show(lambda: dir(1, 2))
show(lambda: dir(x=1))

# no argument: the module's or the class body's names
top_level_name = 1
print(public(dir()))
print(vars() is globals(), "top_level_name" in vars())
class Body:
    x = 1
    def m(self):
        pass
    names = dir()
    snapshot = sorted(vars())
print(Body.names)
print(Body.snapshot)

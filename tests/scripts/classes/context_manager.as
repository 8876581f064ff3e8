# with + __enter__/__exit__: order, as-binding, exception arguments.
class Res:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name * 2
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress
with Res("a") as v:
    print("inside", v)
with Res("b", suppress=True):
    raise ValueError("suppressed")
print("after suppressed")
try:
    with Res("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", repr(e))
with Res("outer") as o, Res("inner") as i:
    print("both", o, i)
with Res("x"):
    with Res("y", suppress=True):
        1 / 0
    print("after inner with")
def f():
    with Res("r"):
        return "returned"
print(f())
for n in range(2):
    with Res(f"loop{n}"):
        if n == 0:
            continue
        break
with Res("noas"):
    pass

# Class bodies run top to bottom at definition time; class attributes can
# use earlier ones; classes defined in functions close over locals.
print("before class")
class Config:
    print("class body runs")
    base = 10
    double = base * 2
    names = [n for n in ("a", "b")]
    def get(self):
        return self.double
print("after class", Config.double, Config.names, Config().get())
def make_class(prefix):
    class Tagged:
        def tag(self, s):
            return prefix + s
    return Tagged
A = make_class("A:")
B = make_class("B:")
print(A().tag("x"), B().tag("y"), A is B, A.__name__)
class Outer:
    class Inner:
        value = "inner"
    def make(self):
        return Outer.Inner()
print(Outer.Inner.value, Outer().make().value, type(Outer().make()).__name__)
class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
        self.id = Counter.instances
objs = [Counter() for _ in range(3)]
print([o.id for o in objs], Counter.instances)

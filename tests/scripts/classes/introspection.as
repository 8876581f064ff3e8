# __dict__ of instances, __name__/__class__ of objects and classes.
class P:
    kind = "p"
    def __init__(self):
        self.a = 1
        self.b = [2]
p = P()
print(p.__dict__)
p.c = 3
print(p.__dict__, sorted(p.__dict__))
print(p.__class__.__name__, p.__class__ is P, P.__name__, type(p).__name__)
print((1).__class__.__name__, "x".__class__.__name__, [].__class__ is list)
print("kind" in P.__dict__, "a" in P.__dict__)

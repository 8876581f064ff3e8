# NotImplemented from both sides gives TypeError; __eq__ falls back to identity.
class A:
    def __add__(self, o):
        print("A.__add__")
        return NotImplemented
    def __eq__(self, o):
        print("A.__eq__")
        return NotImplemented
class B:
    def __radd__(self, o):
        print("B.__radd__")
        return "B handled it"
class C:
    def __radd__(self, o):
        print("C.__radd__")
        return NotImplemented
print(A() + B())
try:
    A() + C()
except TypeError as e:
    print("TypeError:", e)
a = A()
print(a == a, a == A(), a != A())
print(NotImplemented, type(NotImplemented).__name__)
class Num:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        if not isinstance(o, Num):
            return NotImplemented
        return self.v < o.v
    def __gt__(self, o):
        if not isinstance(o, Num):
            return NotImplemented
        return self.v > o.v
print(Num(1) < Num(2), Num(3) > Num(2))
try:
    Num(1) < 5
except TypeError as e:
    print("TypeError:", e)

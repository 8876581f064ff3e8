# Method lookup order: instance dict, then class, then bases; overriding
# attributes and methods at each level; calling base methods explicitly.
class A:
    x = "A.x"
    def who(self):
        return "A.who"
    def call_who(self):
        return self.who()
class B(A):
    x = "B.x"
class C(B):
    def who(self):
        return "C.who > " + A.who(self)
c = C()
print(c.x, c.who(), c.call_who(), B().call_who())
c.x = "instance x"
print(c.x, C.x, B.x, A.x)
del c.x
print(c.x)
B.x = "B.x changed"
print(c.x)
def late(self):
    return "added later"
A.late = late
print(c.late(), B().late())
print(isinstance(c, A), type(c).__mro__ == (C, B, A, object))

# Default equality is identity; __eq__ is inherited; a subclass that defines
# __eq__ without __hash__ becomes unhashable; __ne__ derives from __eq__.
class Base:
    def __init__(self, v):
        self.v = v
class WithEq(Base):
    def __eq__(self, o):
        return isinstance(o, Base) and self.v == o.v
class Child(WithEq):
    pass
a, b = Base(1), Base(1)
print(a == b, a == a, a != b)
print(WithEq(1) == WithEq(1), Child(1) == WithEq(1), WithEq(1) == Base(1), Base(1) == WithEq(1))
print(Child(2) != Child(2), Child(2) != Child(3))
for cls in (Base, WithEq, Child):
    try:
        hash(cls(0))
        print(cls.__name__, "hashable")
    except TypeError as e:
        print(cls.__name__, "TypeError:", e)
print([WithEq(1), WithEq(2)].index(WithEq(2)), WithEq(3) in [Base(3)], [Base(3)].count(WithEq(3)))

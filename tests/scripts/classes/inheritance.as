# Single inheritance chains, overriding, super() calls, attribute lookup.
class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def describe(self):
        return f"{self.name} is a {self.kind} that says {self.sound()}"
    def sound(self):
        return "..."
class Cat(Animal):
    kind = "cat"
    def sound(self):
        return "meow"
class Lion(Cat):
    kind = "lion"
    def __init__(self, name, pride):
        super().__init__(name)
        self.pride = pride
    def sound(self):
        return super().sound() + "/ROAR"
    def describe(self):
        return super().describe() + f" (pride of {self.pride})"
for a in [Animal("generic"), Cat("Tom"), Lion("Leo", 7)]:
    print(a.describe())
print(issubclass(Lion, Animal), issubclass(Animal, Lion), issubclass(Cat, Cat))
l = Lion("L", 1)
print(isinstance(l, Cat), isinstance(l, Animal), isinstance(l, (int, Cat)), isinstance(l, object))
print(Lion.__bases__[0].__name__, Lion.__mro__[-1].__name__, [c.__name__ for c in Lion.__mro__])
class Base:
    def hello(self):
        return "base hello"
class Child(Base):
    pass
print(Child().hello())

# __new__ written in script code: singletons, object.__new__, super().__new__,
# __init__ skipped when __new__ returns something else.
class Singleton:
    _instance = None

    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            print("creating")
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self, value):
        print("init", value)
        self.value = value


a = Singleton(1)
b = Singleton(2)
print(a is b, a.value, type(a).__name__)


class Point:
    def __new__(cls, x, y):
        obj = object.__new__(cls)
        obj.x = x
        return obj

    def __init__(self, x, y):
        self.y = y


p = Point(3, 4)
print(p.x, p.y, isinstance(p, Point))


class Weird:
    def __new__(cls):
        return 42

    def __init__(self):
        print("never")


print(Weird())


class Base:
    def __new__(cls, *a):
        print("Base.__new__", cls.__name__, a)
        return super().__new__(cls)


class Child(Base):
    def __init__(self, n):
        self.n = n


c = Child(7)
print(type(c).__name__, c.n)
print(type(object.__new__(Child)).__name__)

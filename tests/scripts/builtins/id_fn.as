# id(): stable for one object, distinct for live distinct objects.
a = [1]
b = [1]
c = a
print(id(a) == id(c), id(a) == id(b), id(a) == id(a), type(id(a)).__name__)
x = [2]
print(id(x) != id(a), id(None) == id(None), id(True) == id(True))

# isinstance/issubclass with built-in types, tuples, bool/int relation.
values = [("1", 1), ("1.5", 1.5), ("s", "s"), ("[1]", [1]), ("(1,)", (1,)),
          ("{1: 1}", {1: 1}), ("None", None), ("True", True), ("len", len), ("int", int)]
for label, v in values:
    print(label, isinstance(v, int), isinstance(v, (list, tuple)), isinstance(v, object))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, object))
print(issubclass(int, (str, int)), isinstance(3, (str, (float, int))))
print(type(3) == int, type(True) == int, type(True) is bool, type(type(3)) is type)
print(type([]) is list, type({}) is dict, type(()) is tuple, type("") is str, type(1.0) is float)
print(type(None).__name__, type(len).__name__, type(int).__name__)
try:
    isinstance(3, 4)
except TypeError as e:
    print("TypeError:", e)

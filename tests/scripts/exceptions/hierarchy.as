# The built-in exception hierarchy: each class's direct base.
names = [
    ("BaseException", BaseException), ("Exception", Exception),
    ("ArithmeticError", ArithmeticError), ("ZeroDivisionError", ZeroDivisionError),
    ("OverflowError", OverflowError), ("LookupError", LookupError),
    ("IndexError", IndexError), ("KeyError", KeyError), ("TypeError", TypeError),
    ("ValueError", ValueError), ("NameError", NameError),
    ("UnboundLocalError", UnboundLocalError), ("AttributeError", AttributeError),
    ("RuntimeError", RuntimeError), ("RecursionError", RecursionError),
    ("NotImplementedError", NotImplementedError), ("AssertionError", AssertionError),
    ("StopIteration", StopIteration), ("ImportError", ImportError),
    ("ModuleNotFoundError", ModuleNotFoundError), ("MemoryError", MemoryError),
    ("TimeoutError", TimeoutError), ("KeyboardInterrupt", KeyboardInterrupt),
]
for name, cls in names:
    base = cls.__bases__[0].__name__ if cls.__bases__ else None
    print(name, cls.__name__ == name, base, issubclass(cls, Exception))

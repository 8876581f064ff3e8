# Exception objects: args, str, repr with zero/one/many args; type names.
for e in [Exception(), Exception("one"), Exception("a", 2), ValueError(3),
          KeyError("k"), KeyError(), IndexError("i"), RuntimeError("r", "s"),
          ZeroDivisionError("division by zero")]:
    print(repr(e), "|", str(e), "|", e.args)
print(KeyError("quoted"), str(KeyError(1)), str(KeyError("a", "b")))
e = ValueError("v")
print(type(e) is ValueError, type(e).__name__, isinstance(e, Exception))
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError),
      issubclass(RecursionError, RuntimeError), issubclass(NotImplementedError, RuntimeError),
      issubclass(OverflowError, ArithmeticError), issubclass(Exception, BaseException),
      issubclass(StopIteration, Exception))

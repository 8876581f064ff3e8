# ExceptionGroup as an ordinary exception: its sub-exceptions and base class.
eg = ExceptionGroup("several", [ValueError(1), KeyError("k")])
print(type(eg).__name__, isinstance(eg, Exception), eg.args[0])
print(eg.exceptions, len(eg.exceptions), type(eg.exceptions).__name__)
try:
    raise eg
except ExceptionGroup as e:
    print("caught", e.exceptions[0], repr(e.exceptions[1]), e is eg)

# An exception raised in an except block that is itself uncaught.
def risky():
    raise KeyError("first")
try:
    risky()
except KeyError as e:
    print("handling", repr(e))
    raise ValueError("handler failed")

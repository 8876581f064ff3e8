# Bare raise re-raises the active exception; raise in nested handlers.
def f():
    try:
        raise ValueError("original")
    except ValueError:
        print("handling, then re-raising")
        raise
try:
    f()
except ValueError as e:
    print("outer caught:", e)
def g():
    try:
        raise KeyError("k1")
    except KeyError as e:
        try:
            raise IndexError("i1")
        except IndexError:
            pass
        raise
try:
    g()
except KeyError as e:
    print("re-raised the right one:", repr(e))
try:
    try:
        raise TypeError("x")
    except TypeError as e:
        err = e
    raise err
except TypeError as e2:
    print("re-raise stored:", e2, e2 is err)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)

# Exceptions raised inside handlers and finally blocks; implicit chaining.
def show(e):
    print(type(e).__name__, e)
    print("  context:", repr(e.__context__))
    print("  cause:", repr(e.__cause__))
    print("  suppress:", e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("in handler")
except ValueError as e:
    show(e)
try:
    try:
        raise KeyError("k")
    finally:
        raise RuntimeError("in finally")
except RuntimeError as e:
    show(e)
try:
    try:
        raise TypeError("first")
    except TypeError:
        undefined_name
except NameError as e:
    show(e)
try:
    raise ValueError("plain")
except ValueError as e:
    show(e)
try:
    try:
        raise IndexError("a")
    except IndexError:
        try:
            raise KeyError("b")
        except KeyError:
            raise RuntimeError("c")
except RuntimeError as e:
    show(e)
    show(e.__context__)

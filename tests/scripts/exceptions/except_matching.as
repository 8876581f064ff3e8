# Handler selection: first match wins, tuples of types, base classes.
def trial(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup " + type(e).__name__
    except ArithmeticError as e:
        return "arith " + type(e).__name__
    except ValueError:
        return "value"
    except Exception as e:
        return "other " + type(e).__name__
for exc in [KeyError('k'), IndexError(), ZeroDivisionError(), OverflowError(),
            ValueError(), TypeError(), RuntimeError(), RecursionError(), NotImplementedError()]:
    print(trial(exc))
try:
    try:
        raise TypeError("inner")
    except ValueError:
        print("wrong handler")
except TypeError as e:
    print("propagated to outer:", e)
try:
    raise KeyError
except KeyError as e:
    print("class raised:", repr(e))
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError:", err)

# __context__ is the exception being handled when a new one is raised;
# it is restored after a nested handler finishes; re-raising does not
# create cycles.
def ctx(e):
    return repr(e.__context__)
try:
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise ValueError("b")
        except ValueError:
            pass
        raise TypeError("c")
except TypeError as e:
    print("c context:", ctx(e))
try:
    try:
        raise KeyError("a")
    except KeyError as ka:
        raise ka
except KeyError as e:
    print("re-raise context:", ctx(e))
try:
    try:
        raise KeyError("outer")
    finally:
        try:
            raise ValueError("inner in finally")
        except ValueError as v:
            print("inner context:", ctx(v))
except KeyError as e:
    print("outer still propagates:", repr(e), ctx(e))
def helper():
    raise RuntimeError("from helper")
try:
    try:
        1 / 0
    except ZeroDivisionError:
        helper()
except RuntimeError as e:
    print("call in handler:", ctx(e))
try:
    raise ValueError("x") from 5
except TypeError as e:
    print("TypeError:", e)
e1 = None
try:
    raise IndexError("saved")
except IndexError as e:
    e1 = e
try:
    raise RuntimeError("later")
except RuntimeError as e2:
    print("no stale context:", ctx(e2), repr(e1))

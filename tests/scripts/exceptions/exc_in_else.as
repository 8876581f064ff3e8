# An exception raised in else is not handled by that try's except;
# else/finally ordering around raises and returns.
def f():
    try:
        print("try")
    except ValueError:
        print("not reached")
    else:
        print("else raises")
        raise ValueError("from else")
    finally:
        print("finally")
try:
    f()
except ValueError as e:
    print("outer:", e)
def g():
    try:
        pass
    except Exception:
        pass
    else:
        return "return from else"
    finally:
        print("finally after else-return")
print(g())
def h():
    try:
        raise KeyError("x")
    except KeyError:
        return "return from except"
    finally:
        print("finally after except-return")
print(h())

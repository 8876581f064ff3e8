# aster-only: dir() and vars() without an argument need the names of a
# function's locals, which Aster does not keep at run time: inside a
# function they raise NotImplementedError (Python lists the locals). Module
# and class bodies work as in Python. Also: 64-bit float.as_integer_ratio.
def f():
    x = 1
    try:
        print(dir())
    except NotImplementedError as e:
        print("NotImplementedError:", e)
    try:
        print(vars())
    except NotImplementedError as e:
        print("NotImplementedError:", e)

f()
print(dir() == sorted(globals()))


class C:
    a = 1
    print(dir())

try:
    print((1e-20).as_integer_ratio())
except OverflowError as e:
    print("OverflowError:", e)

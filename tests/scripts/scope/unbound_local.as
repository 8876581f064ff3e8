# Assignment anywhere in a function makes a name local to all of it.
x = 10
def f():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = 5
    return x
print(f())
def g():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(g())
def h():
    try:
        print(undefined_global)
    except NameError as e:
        print(type(e).__name__ + ":", e)
h()
def aug():
    try:
        x += 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
aug()

# An exception unwinds several frames, running each finally on the way.
def level3(x):
    try:
        return 10 / x
    finally:
        print("level3 finally")
def level2(x):
    try:
        return level3(x) + 1
    finally:
        print("level2 finally")
def level1(x):
    try:
        return level2(x)
    except ZeroDivisionError as e:
        print("level1 caught:", e)
        return None
print(level1(5))
print(level1(0))
def thrower(n):
    if n == 0:
        raise ValueError("bottom reached")
    return thrower(n - 1)
try:
    thrower(20)
except ValueError as e:
    print("caught after 20 frames:", e)

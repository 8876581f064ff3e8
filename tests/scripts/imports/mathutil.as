# Helper module for the import tests.
print("loading mathutil, __name__ =", __name__)
PI = 3.14159
_private = "hidden"
calls = 0
def square(x):
    global calls
    calls += 1
    return x * x
def area(r):
    return PI * square(r)
class Shape:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Shape({self.name!r})"
if __name__ == "__main__":
    print("mathutil run as a script")

# None, True, False and their reprs, types and arithmetic.
print(None, True, False)
print(repr(None), repr(True), str(False))
print(type(None).__name__, type(True).__name__)
print(True + True, True * 3, False - 1, True / 2)
print(True == 1, False == 0, True is True, None is None)
print(isinstance(True, int), isinstance(1, bool))
print(int(True), float(False), str(True))
x = None
print(x is None, x is not None, x == None)

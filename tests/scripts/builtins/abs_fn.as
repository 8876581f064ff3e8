# abs() on ints, floats, bools and objects with __abs__.
print(abs(5), abs(-5), abs(0), abs(-2.5), abs(2.5), abs(-0.0), abs(True), abs(False))
print(abs(-9223372036854775807), abs(float("-inf")), abs(float("nan")))
class A:
    def __abs__(self):
        return "abs called"
print(abs(A()))

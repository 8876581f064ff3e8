# Three-argument pow(): modular inverse for negative exponents, the errors.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: pow(3, -1, 7))
show(lambda: pow(3, -2, 7))
show(lambda: pow(-3, -1, 7))
show(lambda: pow(3, -1, -7))
show(lambda: pow(38, -1, 97))
show(lambda: pow(2, -1, 4))
show(lambda: pow(6, -1, 4))
show(lambda: pow(0, -1, 5))
show(lambda: pow(2, -1, 1))
show(lambda: pow(0, -1, 1))
show(lambda: pow(2, -1, -1))
show(lambda: pow(True, -1, 7))
show(lambda: pow(10, -3, 1000003))
show(lambda: pow(123456789, -1, 1000000007))
show(lambda: pow(2, 10, 1000))
show(lambda: pow(-2, 3, 5))
show(lambda: pow(3, 4, -7))
show(lambda: pow(0, 0, 5))
show(lambda: pow(5, 0, 1))
show(lambda: pow(2, 62, 9223372036854775807))
show(lambda: pow(9223372036854775806, 2, 9223372036854775807))
show(lambda: pow(3, -1, 9223372036854775807))
show(lambda: pow(-9223372036854775807, 3, 1000))
show(lambda: pow(2, 3, 0))
show(lambda: pow(2, -1, 0))
show(lambda: pow(2.0, 3, 5))
show(lambda: pow(2, 3.0, 5))
show(lambda: pow(2, 3, 5.0))
show(lambda: pow(2.0, 3, "a"))
show(lambda: pow("a", 3, 5))
show(lambda: pow(2, 3, "a"))
show(lambda: pow(2, "a", 5))
show(lambda: pow(2, 3, None))
show(lambda: pow(2, -1, None))
show(lambda: pow(base=2, exp=10, mod=7))
show(lambda: pow(2, exp=5))

class P:
    def __pow__(self, other, mod=None):
        return ("pow", other, mod)

class R:
    def __rpow__(self, other, mod=None):
        return ("rpow", other, mod)

show(lambda: pow(P(), 2, 5))
show(lambda: pow(P(), 2))
show(lambda: pow(2, R()))
show(lambda: pow(2, R(), 5))
show(lambda: pow(2, 3, R()))

class I(int):
    pass

class J(int):
    def __pow__(self, e, m=None):
        return ("J", e, m)

class K:
    def __pow__(self, e, m=None):
        return NotImplemented

show(lambda: pow(I(3), -1, 7))
show(lambda: pow(3, I(2), I(5)))
show(lambda: pow(J(3), 2, 5))
show(lambda: pow(K(), 2, 5))
show(lambda: pow(I(2), 3.0, 5))

# Subclasses of built-in types: str subclasses concatenate and join as str; for
# int, float and list subclasses str() is repr() (only str and bytes have a
# __str__ of their own), so a __repr__ override shows in print.
class Name(str):
    def shout(self):
        return self.upper() + "!"
n = Name("bob")
print("hi " + n, n + " there", n.shout(), len(n), n == "bob", "o" in n, f"{n}", n * 2, [n][0] + "x", "-".join([n, n]))
class Num(int):
    def __repr__(self):
        return f"Num({int(self)})"
x = Num(5)
print(x, repr(x), x + 1, [x], str(x))
class L(list):
    def __repr__(self): return "L" + super().__repr__()
print(L([1]), str(L([2])), f"{L([3])}", [L([4])])
class I(int): pass
print(I(3), str(I(4)), int.__str__(5), I(7).__str__(), f"{I(8)}", "%s" % I(9))
class F(float):
    def __str__(self): return "F!"
print(F(1.5), repr(F(1.5)))
class S(str):
    def __repr__(self): return "S()"
print(S("x"), str(S("y")), repr(S("z")))
class Custom(str):
    def __str__(self):
        return "custom"
print("%s" % Custom("bob"), "%s|%r" % (Custom("a"), Custom("b")))
class D(dict):
    pass
print({1: 2} | D({3: 4}), type({1: 2} | D({3: 4})).__name__)

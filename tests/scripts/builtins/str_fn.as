# str() of every value kind.
print(str(), str(1), str(-2.5), str(1e20), str(None), str(True), str([1, 'a']))
print(str((1,)), str({'k': 'v'}), str("s"), str(str), str(0.1 + 0.2))
print(repr(str(123)), type(str(1)).__name__, str(-0.0), str(10**18))
class C:
    def __str__(self):
        return "custom"
prefix = "[<__main__.C object at 0x"
print(str(C()), str([C()])[:len(prefix)] == prefix)
print(str(range(3)), str(range(1, 9, 2)))

# Exceptions raised inside dunder methods propagate to the caller.
class Bad:
    def __len__(self):
        raise RuntimeError("len failed")
    def __getitem__(self, i):
        raise KeyError(i)
    def __add__(self, o):
        raise ValueError("add failed")
    def __str__(self):
        raise TypeError("str failed")
    def __eq__(self, o):
        raise ArithmeticError("eq failed")
    def __hash__(self):
        return 1
b = Bad()
for f in [lambda: len(b), lambda: b[3], lambda: b + 1, lambda: str(b), lambda: print(b),
          lambda: b == 1, lambda: [b].count(5), lambda: {1: 2}[b]]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
class WrongLen:
    def __len__(self):
        return "3"
try:
    len(WrongLen())
except TypeError as e:
    print("TypeError:", e)
class NegLen:
    def __len__(self):
        return -1
try:
    len(NegLen())
except ValueError as e:
    print("ValueError:", e)
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)

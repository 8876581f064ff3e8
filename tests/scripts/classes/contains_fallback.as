# `in` falls back to __iter__, then to __getitem__, when there is no __contains__.
class ViaIter:
    def __iter__(self):
        print("  __iter__")
        return iter([1, 2, 3])
class ViaGetitem:
    def __getitem__(self, i):
        print("  __getitem__", i)
        if i > 2:
            raise IndexError
        return i * 10
print(2 in ViaIter(), 5 in ViaIter())
print(10 in ViaGetitem(), 99 in ViaGetitem())
try:
    1 in 5
except TypeError as e:
    print("TypeError:", e)

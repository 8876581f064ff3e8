# len() of every sized built-in type and of user classes.
print(len(""), len("abc"), len("é中😀"), len([]), len([1, [2, 3]]), len(()), len((1,)))
print(len({}), len({1: 2, 3: 4}), len(range(10)), len(range(0, 10, 3)), len(range(5, 0)))
print(len({1, 2, 2, 3}), len("a\nb"), len(r"\n"))
class Sized:
    def __len__(self):
        return 7
print(len(Sized()))
for bad in [5, 1.5, None, len]:
    try:
        len(bad)
    except TypeError as e:
        print("TypeError:", e)

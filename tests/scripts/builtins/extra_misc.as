# Other built-ins beyond the spec's list: callable, format, ascii.
class C:
    def __call__(self):
        return 1
print(callable(len), callable(C), callable(C()), callable(3), callable(lambda: 0), callable("s"))
print(format(3.14159, ".3f"), format(42, "08b"), format("x", "^5"), format(1e6, ","), format(7))
print(ascii("plain"), ascii("é中"), ascii(["ü"]))

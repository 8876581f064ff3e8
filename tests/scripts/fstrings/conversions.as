# !r and !s conversions; str vs repr of strings and custom objects.
s = "it's"
print(f"{s!r} {s!s} {s}")
nl = 'a\nb'
print(f"{nl!r}")
class T:
    def __str__(self):
        return "T-str"
    def __repr__(self):
        return "T-repr"
t = T()
print(f"{t} {t!s} {t!r}")
print(f"{[t, t]}")
print(f"{1.5!r} {None!r} {'x'!r:>6}")
print(f"{str(t)!r}")

# f-string interpolation of names, expressions, calls and attributes.
name = "world"
n = 42
print(f"hello {name}")
print(f"{n} + 1 = {n + 1}")
print(f"{name[0]}{name[1:]!r} has {len(name)} letters, {[1, 5].index(5)}")
print(f'{[1, 2, 3]} {(1, 2)} {{"k": 1}}')
print(f"{'quoted'} {'d' if n else 'e'}")
print(f"{n * 2}{n // 5}{n % 5}")
print(f"")
print(f"no fields")
print(F"capital F {n}")
class P:
    def __init__(self):
        self.x = 3
p = P()
print(f"{p.x} {p.x ** 2}")
items = {'a': 1}
print(f"{items['a']} {items}")
print(f"{None} {True} {3.5} {1e20}")

# f-strings with format specs, conversions, nested specs, self-documenting
# expressions and values of many types.

x = 3.14159
n = 1234567
w = 10
p = 3
name = "Ann"
word = "héllo"
items = [1, "a", None]

class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] + "f") + "°F"
        return format(self.c, spec) + "°C"
    def __repr__(self):
        return "Temp(" + repr(self.c) + ")"

t = Temp(21.5)

print(f"{x}|{x:.2f}|{x:10.3f}|{x:<10.1f}|{x:^10.4}|{x:+.0f}|{x:e}|{x:.2%}")
print(f"{x:{w}.{p}f}|{x:{w}}|{x:>{w}.{p}}|{name:{'*'}^{w}}")
print(f"{n}|{n:,}|{n:_}|{n:_x}|{n:#o}|{n:b}|{n:>12,}|{n:012,}|{-n:=+14,}")
print(f"{name}|{name!r}|{name!s}|{name!a}|{word!a}|{name:>6}|{name!r:>8}|{word:.3}|{word:_^9}")
print(f"{items}|{items!r}|{items[1]}|{items[0] + 41}|{len(items)}")
print(f"{t}|{t!r}|{t:.1f}|{t:.0F}|{t!s:>12}")
print(f"{True}|{True:>5}|{False:d}|{None}|{None!r}")
print(f"{x=}|{n = :,}|{name=!s}|{1 + 2=}")
print(f"{{literal}}|{{{n}}}|{'{'}{'}'}")
print(f"{'a' if n > 5 else 'b'}|{[i * 2 for i in range(3)]}|{dict(a=1)}")
print(f"{0.1 + 0.2}|{1e16}|{1e-7}|{2.5:.0f}|{3.5:.0f}|{-0.0}|{-0.0:z}")
print(f"{255:#06x}|{255:X}|{65:c}|{3:03d}|{-3:03d}|{7:^+7}")
rows = [("apple", 1.5, 10), ("kiwi", 0.25, 200), ("melon", 12.0, 3)]
for fruit, price, qty in rows:
    print(f"{fruit:<8}|{price:>8.2f}|{qty:>5d}|{price * qty:>10,.2f}")
parts = [f"k{i}={i * i:03d}" for i in range(8)]
print(", ".join(parts))
nested = f"{f'{name:>5}':*<9}"
print(nested)
try:
    print(f"{name:d}")
except ValueError as e:
    print("ValueError", e)
try:
    print(f"{x:q}")
except ValueError as e:
    print("ValueError", e)
try:
    print(f"{items:>5}")
except TypeError as e:
    print("TypeError", e)

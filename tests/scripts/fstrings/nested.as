# Nested f-strings, computed widths and precisions, braces escapes.
w = 8
p = 3
v = 2.718281828
print(f"[{v:{w}.{p}f}]")
print(f"[{'ab':>{w}}]")
print(f"{f'{v:.2f}'!r}")
print(f"{{}} {{literal}} {{{w}}}")
print(f"{'{'}{'}'}")
rows = [("apple", 3), ("kiwi", 12)]
for name, qty in rows:
    print(f"{name:<{w}}|{qty:>{p}}|")
print(f"{[f'{i}^2={i*i}' for i in range(4)]}")
print(f"{'nested ' + f'{1 + 1}'}")
x = 10
print(f"{x if x > 5 else -x} {[y for y in range(3)]} {dict(a=1)}")
print(f"{(lambda z: z * 2)(4)}")

# f"{expr=}" self-documenting expressions, with conversions and specs.
x = 5
name = "Ada"
print(f"{x=}", f"{name=}", f"{x * 2=}", f"{x = }")
print(f"{name=!s}", f"{3.14159=:.2f}", f"{[1, 2]=}")

name = "x"
a = f"hello {name}!"
b = f'{name!r} {name!s} {name!a}'
c = f"{3.14159:.2f} {42:>10} {42:<{width}} {x:{w}.{p}f}"
d = f"{{literal}} {{{name}}}"
e = f"{name = }" f"{name=!s}" f"{name = :>10}"
f = f"a" "b" f"c{1}d" 'e'
g = rf"\d{name}\n" fR'\{x}' Rf"{x}\\"
h = f"""multi
line {name}
"""
i = f"{x if x else y} {[1, 2][0]} {d['a']} {x[1:2]} {a!=b} {(lambda: 1)()}"
j = f"{x:{'>' if a else '<'}10}"
k = f""
l = f"{'nested ' f'{name}'}"
n = f"{ x }" f"{x = !r:^20}"
o = f"{a:=^10}" f"{x:}"
p = f"{ {'a': 1}['a'] }"

# Comments, blank lines, backslash continuation, semicolons, line joining.
x = 1  # trailing comment
# a full-line comment

y = 2; z = 3; print(x, y, z)
total = x + \
        y + \
        z
print(total)
values = [
    1,   # one
    2,   # two

    3,
]
print(values)
call = max(
    4,
    9,
    2)
print(call)
if x: print("one-line if")
for i in range(2): print("loop", i)
while False: pass
def f(): return "one-line def"
print(f())
class C: pass
print(type(C()).__name__)
d = {'a':
     1,
     'b': 2}
print(d)

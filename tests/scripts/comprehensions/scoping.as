# Comprehension variables do not leak; outer names are visible inside.
x = "outer"
res = [x for x in range(3)]
print(x, res)
n = 10
print([i + n for i in range(3)])
def f():
    y = 5
    return [y * i for i in range(3)]
print(f())
class K:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(K.doubled)
i = 'kept'
squares = {i: i * i for i in range(3)}
print(i, squares)
funcs = [lambda: i for i in range(3)]
print([g() for g in funcs])
funcs = [(lambda j: lambda: j)(i) for i in range(3)]
print([g() for g in funcs])
print([[x for x in range(y)] for y in range(3)])
try:
    print([undefined_name for _ in range(1)])
except NameError as e:
    print("NameError:", e)

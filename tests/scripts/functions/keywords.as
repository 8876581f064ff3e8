# Keyword arguments in any order, mixed with positional ones.
def show(a, b, c=3, d=4):
    print(a, b, c, d)
show(1, 2)
show(1, 2, 5)
show(1, b=7)
show(d=1, c=2, b=3, a=4)
show(1, 2, d=9)
show(*[1, 2], d=0)
show(**{'a': 'x', 'b': 'y'})
show(1, **{'d': 'dd', 'b': 'bb'})
print(sorted([3, 1, 2], reverse=True))
print(max([1, -5, 3], key=abs), min('banana', 'fig', key=len))
print(*[1, 2, 3], sep='-', end='!\n')

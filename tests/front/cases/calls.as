f()
f(a)
f(a, b,)
f(a, *b, c, *d)
f(a, k=1, *args, **kw)
f(**a, **b)
f(*a, k=1, **b)
f(x for x in y)
f((x for x in y), 1)
f(x := 1, y)
f(a)(b)(c)
(f)(x)
a.b.c.d
a.b(c).d[e]
x[1]
x[1:2]
x[1:2:3]
x[:]
x[::]
x[::3]
x[1:]
x[:2]
x[1::2]
x[1:2, ::3]
x[1,]
x[1, 2]
x[a:=1]
x[*a]
x[-1][0]
print("a", "b", sep="", end="\n")
obj.method(1).attr[2:3](k=v)

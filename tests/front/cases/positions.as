x = ((a) + (b)) * (c)
y = (a
     + b)[0](
    1,
    2)
z = """line1
line2""" + 'end'; w = 1
v = f"""
{a +
 b} and {c}"""
(a).b = (c)
[(a), b] = [1, 2]
del (a), b,
result = [
    i  # comment
    for i in range(3)  # another
    if i
]
s = {
    'k': (1,
          2),
}
t = (  # comment
    1)
def f(
    a,  # first
    b=(1),
):
    return (a
            + b)
u = -(1) ** (2)
q = not (a)
r = lambda: (yield_ := 1)
p = a if (b) else (c)
o = x[(1):(2)]
n = f"{(a)}"
m = await (x)

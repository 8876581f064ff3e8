with a:
    pass
with a as b:
    pass
with a as b, c as d, e:
    pass
with (a as b, c):
    pass
with (a, b):
    pass
with (a, b) as c:
    pass
with (a):
    pass
with (a,):
    pass
with (a as b,):
    pass
with (a) as b, (c):
    pass
with a() as (x, y):
    pass
with a as x.y, b as z[0]: pass
with (x for x in y): pass
async def f():
    async with a as b:
        pass
    async with (a as b, c as d):
        pass

del a
del a, b
del (a, b), [c]
del a.b, a[0],
pass; pass;
x = 1; y = 2
global g
nonlocal_ok = 1
match = 1
case = 2
_ = 3
print(match, case, _)
x = (1 +
     2)
y = [
    1,
    2,
]
z = 1 + \
    2
if x:
    # comment

    pass
    # dedented comment
# trailing

# import inside a function binds a local name; the module is still cached.
def use():
    import mathutil as m
    return m.square(7)
print(use())
try:
    print(m)
except NameError as e:
    print("NameError:", e)
def use_from():
    from mathutil import area
    return area(0)
print(use_from())

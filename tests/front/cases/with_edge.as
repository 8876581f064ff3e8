with ():
    pass
with (a, b) if c else d:
    pass
with (a)() as b:
    pass

# getattr/setattr/hasattr/delattr on instances and classes; errors.
class Cfg:
    debug = False
c = Cfg()
for name in ["debug", "verbose"]:
    print(name, hasattr(c, name), getattr(c, name, None))
setattr(c, "verbose", 3)
print(c.verbose, getattr(c, "verbose"))
setattr(Cfg, "level", "info")
print(c.level, Cfg.level)
try:
    getattr(c, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    Cfg.nothing
except AttributeError as e:
    print("AttributeError:", e)
print(getattr([1, 2], "append") is not None, getattr("abc", "upper")())
print(hasattr([], "append"), hasattr("", "split"), hasattr(None, "x"))
for attr in ["a", "b", "c"]:
    setattr(c, attr, attr * 2)
print(c.a, c.b, c.c)

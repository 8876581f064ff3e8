# Default argument values: evaluated once at def time, shared when mutable.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(greeting="Yo", name="Di"))
n = 10
def f(x=n):
    return x
n = 20
print(f(), f(5))
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []))
def safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe(1), safe(2))
def counter(start=0, step=1, *, limit=None):
    return (start, step, limit)
print(counter(), counter(5), counter(5, 2, limit=9))

# Bound methods keep their instance; methods stored and called later.
class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self, other):
        return f"{self.name} greets {other}"
g = Greeter("Ann")
f = g.greet
print(f("Bob"))
actions = [Greeter("X").greet, Greeter("Y").greet]
print([a("Z") for a in actions])
print(Greeter.greet(g, "direct"))
print(list(map(g.greet, ["a", "b"])))
class Stack:
    def __init__(self):
        self.items = []
        self.push = self.items.append
    def pop(self):
        return self.items.pop()
s = Stack()
s.push(1)
s.push(2)
print(s.pop(), s.items)
print(type(f).__name__, f.__self__ is g)

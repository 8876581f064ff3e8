# Uncaught TypeError from calling a method with too many arguments.
class Greeter:
    def greet(self, name):
        return "hi " + name
g = Greeter()
print(g.greet("ann"))
g.greet("ann", "bob")

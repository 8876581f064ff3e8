# Class scope is not enclosing for methods: methods see globals, not class
# attributes by bare name.
x = "global x"
class C:
    x = "class x"
    y = x + " (seen in class body)"
    def method(self):
        return x
    def method_attr(self):
        return self.x
print(C.y, C().method(), C().method_attr())
def outer():
    z = "outer z"
    class Inner:
        w = z
        def get(self):
            return z
    return Inner
I = outer()
print(I.w, I().get())

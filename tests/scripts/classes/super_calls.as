# super() in __init__ chains and explicit-class super(C, self).
class A:
    def __init__(self):
        print("A.__init__")
        self.log = ["A"]
    def who(self):
        return "A"
class B(A):
    def __init__(self):
        print("B.__init__ start")
        super().__init__()
        self.log.append("B")
        print("B.__init__ end")
    def who(self):
        return "B>" + super().who()
class C(B):
    def __init__(self):
        super(C, self).__init__()
        self.log.append("C")
    def who(self):
        return "C>" + super(C, self).who()
c = C()
print(c.log, c.who())
class NoInit(B):
    pass
n = NoInit()
print(n.log)
class Str(Exception):
    def __init__(self, msg):
        super().__init__("wrapped: " + msg)
print(Str("x"))

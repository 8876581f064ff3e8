# Subclassing built-in types list and dict and extending them.
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack()
s.push(1)
s.push(2)
print(s, len(s), s.peek(), s.pop(), s, isinstance(s, list))
class DefaultDict(dict):
    def __init__(self, default):
        super().__init__()
        self.default = default
    def get_or(self, k):
        if k not in self:
            self[k] = self.default()
        return self[k]
d = DefaultDict(list)
d.get_or("a").append(1)
d.get_or("a").append(2)
d.get_or("b")
print(d, len(d), sorted(d.keys()))
class Name(str):
    def shout(self):
        return self + "!"
n = Name("bob")
print(n.shout(), len(n), n == "bob")

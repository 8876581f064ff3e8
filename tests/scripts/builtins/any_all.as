# any()/all() on lists, empty iterables, strings, and short-circuiting
# over an explicit iterator.
print(any([0, "", None]), any([0, 1]), any([]), all([]), all([1, "a"]), all([1, 0]))
print(any("abc"), all(""), any(x > 3 for x in [1, 5]), all(x > 0 for x in [1, -1]))
class Loud:
    def __init__(self, items):
        self.items = list(items)
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= len(self.items):
            raise StopIteration
        v = self.items[self.i]
        self.i += 1
        print("yield", v)
        return v
print(any(Loud([0, 1, 2])))
print(all(Loud([1, 0, 1])))
print(any(Loud([])), all(Loud([])))

# __len__, __getitem__, __setitem__, __delitem__, __contains__, __bool__.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __len__(self):
        return self.w * self.h
    def __getitem__(self, pos):
        return self.cells.get(pos, ".")
    def __setitem__(self, pos, v):
        self.cells[pos] = v
    def __delitem__(self, pos):
        del self.cells[pos]
    def __contains__(self, v):
        return v in self.cells.values()
    def show(self):
        for y in range(self.h):
            line = ""
            for x in range(self.w):
                line += self[(x, y)]
            print(line)
g = Grid(4, 2)
g[(1, 0)] = "#"
g[2, 1] = "@"
g.show()
print(len(g), "#" in g, "x" in g)
del g[(1, 0)]
g.show()
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq())
for v in Seq():
    print("item", v)
class Empty:
    def __len__(self):
        return 0
class Falsy:
    def __bool__(self):
        return False
print(bool(Empty()), bool(Falsy()), not Empty(), "yes" if Falsy() else "no")
class Slicer:
    def __getitem__(self, k):
        return k
s = Slicer()
print(s[1], s[1:2], s[::3], s[1, 2], s["k"])

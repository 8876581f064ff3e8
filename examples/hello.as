# hello.as - the smallest tour: a function, a loop, an f-string, a class.

def greet(name):
    return f"Hello, {name}!"

class Counter:
    def __init__(self):
        self.counts = {}

    def add(self, word):
        self.counts[word] = self.counts.get(word, 0) + 1

    def most_common(self):
        return sorted(self.counts.items(), key=lambda kv: (-kv[1], kv[0]))

print(greet("Aster"))
c = Counter()
for w in "the quick brown fox jumps over the lazy dog the end".split():
    c.add(w)
print(c.most_common()[:3])

# List comprehensions: filters, nesting, multiple for clauses, expressions.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(i, j) for i in range(3) for j in range(i)])
print([[j for j in range(i)] for i in range(4)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([c * 2 for c in "abc"], [n for n in [] if n])
print([x if x > 0 else 0 for x in [-1, 2, -3, 4]])
words = ["apple", "bob", "kayak", "tree"]
print([w for w in words if w == w[::-1]])
print([len(w) for w in words], sum([len(w) for w in words]))
print([(x, y) for x in [1, 2] for y in "ab" if (x, y) != (2, "a")])

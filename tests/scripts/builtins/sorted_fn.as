# sorted(): stability, key=, reverse=, mixed ints/floats, strings, tuples.
print(sorted([3, 1, 2]), sorted("cba"), sorted((2.5, 1, 2)), sorted({3: 'a', 1: 'b'}))
print(sorted([3, 1, 2], reverse=True), sorted([]), sorted([-1, 1, 0], key=abs))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=lambda w: w[-1]), sorted(words, key=len, reverse=True))
recs = [("bob", 25), ("amy", 30), ("cat", 25), ("dan", 30)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
print(sorted(recs, key=lambda r: (-r[1], r[0])))
orig = [2, 1]
s = sorted(orig)
print(orig, s, s is orig)
print(sorted([[2, 1], [1, 2], [1]]), sorted([True, 0, 2, -1.5]))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)

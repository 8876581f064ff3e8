# list.sort in place (stable, key=, reverse=) and list.reverse.
l = [5, 2, 8, 1, 9, 2]
print(l.sort(), l)
l.sort(reverse=True)
print(l)
words = ["pear", "Fig", "apple", "kiwi", "date"]
words.sort(key=len)
print(words)
words.sort(key=lambda w: w[-1])
print(words)
words.sort(key=len, reverse=True)
print(words)
recs = [(2, "b"), (1, "b"), (2, "a"), (1, "a")]
recs.sort(key=lambda r: r[1])
print(recs)
recs.sort()
print(recs)
l = [1, 2, 3]
print(l.reverse(), l)
e = []
e.sort()
e.reverse()
print(e)
m = [3, 1.5, 2, True]
m.sort()
print(m)
try:
    [1, "a", 2].sort()
except TypeError as ex:
    print("TypeError:", ex)

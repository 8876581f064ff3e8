# Typical set uses: dedupe, membership, comprehension, frozenset keys.
words = ["the", "cat", "and", "the", "hat", "and", "the", "bat"]
unique = set(words)
print(len(words), len(unique), sorted(unique))
seen = set()
order = []
for w in words:
    if w not in seen:
        seen.add(w)
        order.append(w)
print(order)
evens = {n for n in range(10) if n % 2 == 0}
print(sorted(evens), 4 in evens, 5 in evens)
fs = frozenset([1, 2])
d = {fs: "frozen"}
print(d[frozenset([2, 1])], fs | {3} == {1, 2, 3}, type(fs).__name__)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
print(set("aab") == {"a", "b"}, sorted(set("hello")))

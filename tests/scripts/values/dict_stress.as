# Many insertions and deletions: lookups, order and length stay right
# across hash-table growth and deleted slots.
d = {}
for i in range(5000):
    d[i * 7 % 5003] = i
print(len(d), d[0], d[7], d[4999 * 7 % 5003])
for k in list(d):
    if k % 3:
        del d[k]
print(len(d), list(d)[:8], sum(d) % 100000)
for i in range(2000):
    d[("t", i)] = i
    if i % 2:
        del d[("t", i - 1)]
print(len(d), d[("t", 1999)], ("t", 0) in d, ("t", 1) in d)
s = {}
for word in ["k" + str(i % 97) for i in range(3000)]:
    s[word] = s.get(word, 0) + 1
print(len(s), s["k0"], s["k96"], list(s)[:5])
keys = list(range(1000))
d2 = dict.fromkeys(keys, 0)
for k in keys[::2]:
    d2.pop(k)
for k in keys[::4]:
    d2[k] = 1
print(len(d2), list(d2)[:6], list(d2)[-3:])

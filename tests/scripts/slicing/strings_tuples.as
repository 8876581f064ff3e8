# Slicing strings and tuples; negative indices; steps; copies.
s = "Hello, World"
print(s[0], s[-1], s[7:], s[:5], s[::-1], s[::2], s[-5:-1], s[100:], repr(s[5:5]))
t = (1, 2, 3, 4, 5)
print(t[1:3], t[::-1], t[-2:], t[:1], type(t[1:2]).__name__)
print("abc"[1:2] * 3, "abcdef"[::-2], "é中文x"[1:3])
r = range(10)
print(r[2:5], list(r[::3]), r[-1], list(r[::-4]))
word = "racecar"
print(word == word[::-1], "python"[1:-1])

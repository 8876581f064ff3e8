# while loops with compound conditions, counters, sentinels, nested whiles.
def collatz(n):
    steps = 0
    while n != 1 and steps < 1000:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(n) for n in range(1, 15)], collatz(27))
data = [3, 5, 0, 7, -1, 9]
i = 0
while i < len(data) and data[i] >= 0:
    i += 1
print("first negative at", i)
a, b = 0, 1
fibs = []
while a < 100:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
rows = 0
r = 5
while r:
    c = r
    line = ""
    while c:
        line += "*"
        c -= 1
    print(line)
    r -= 1
    rows += 1
print(rows)

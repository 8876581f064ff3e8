# Read a count then that many numbers; print statistics.
n = int(input())
values = []
for _ in range(n):
    values.append(float(input()))
print("n =", n, "total =", sum(values), "max =", max(values), "mean =", sum(values) / n)

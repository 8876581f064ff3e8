# try inside loops and loops inside try; handling per iteration.
results = []
for v in ["1", "x", "3", "", "5"]:
    try:
        results.append(int(v))
    except ValueError as e:
        results.append(str(e))
print(results)
total = 0
try:
    for v in [1, 2, "three", 4]:
        total += v
except TypeError as e:
    print("stopped at total", total, "-", e)
n = 0
while True:
    try:
        n += 1
        if n < 3:
            raise RuntimeError(n)
        break
    except RuntimeError as e:
        print("retry after", e)
print("succeeded after", n)

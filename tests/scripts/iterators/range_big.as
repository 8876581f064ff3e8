# range objects are computed, not materialised: huge ranges are cheap.
r = range(0, 10**18, 3)
print(len(r), r[10**15], r[-1], 999 in r, 1000 in r, 10**17 in r)
print(range(10**18)[-1], len(range(-10**18, 10**18, 10**17)), range(5, 10**18)[2:4])
total = 0
for i in range(10**18):
    if i == 5:
        break
    total += i
print(total)
print(range(1, 10, 2) == range(1, 11, 2), range(0) == range(3, 3), len(range(10, 0, -3)))

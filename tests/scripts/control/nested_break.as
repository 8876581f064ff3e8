# break and continue affect only the innermost loop.
for i in range(4):
    for j in range(4):
        if j == 2:
            break
        if i == j:
            continue
        print(i, j)
    else:
        print("inner else", i)
    if i == 2:
        continue
    print("end outer", i)
found = None
for i in range(5):
    for j in range(5):
        if i * j == 6:
            found = (i, j)
            break
    if found:
        break
print(found)
total = 0
i = 0
while i < 5:
    i += 1
    j = 0
    while True:
        j += 1
        if j > i:
            break
        if j % 2:
            continue
        total += j
print(total)

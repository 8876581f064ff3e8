# while loops with else (runs when no break), break, continue.
n = 0
while n < 3:
    print("n =", n)
    n += 1
else:
    print("while finished normally")
n = 0
while n < 10:
    if n == 2:
        print("breaking")
        break
    n += 1
else:
    print("not printed")
print("after break, n =", n)
i = 0
out = []
while i < 10:
    i += 1
    if i % 3:
        continue
    out.append(i)
print(out)
while False:
    print("never")
else:
    print("else of never-entered loop")
x = 5
while x:
    x -= 1
print(x)

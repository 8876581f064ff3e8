# for/else: else runs when the loop ends without break (also when empty).
for i in range(3):
    pass
else:
    print("done, i =", i)
for i in []:
    print("never")
else:
    print("empty loop else")
def find_prime_factor(n):
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "is prime")
for n in (7, 12, 13, 25):
    find_prime_factor(n)
for ch in "abc":
    if ch == "z":
        break
else:
    print("no z")
for x in [1, 2, 3]:
    continue
else:
    print("else after continue, x =", x)

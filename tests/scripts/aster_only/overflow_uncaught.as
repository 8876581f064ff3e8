# aster-only: Aster ints are 64-bit: the sum overflows (python3 prints a big int).
n = 1
for i in range(70):
    print(i, n)
    n = n * 2

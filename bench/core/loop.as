# A 10M-iteration while loop over locals: the interpreter's dispatch and int ops.
def main():
    total = 0
    i = 0
    while i < 10000000:
        total += (i * i) % 7
        i += 1
    print("loop total =", total)


main()

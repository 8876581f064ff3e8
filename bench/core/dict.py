# 1M int keys inserted into a dict, then all looked up: hashing and table growth.
def main():
    d = {}
    n = 1000000
    i = 0
    while i < n:
        d[i] = i * 2
        i += 1
    total = 0
    i = 0
    while i < n:
        total += d[i]
        i += 1
    print("dict", len(d), total)


main()

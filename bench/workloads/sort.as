# Sorting: sorted() of 1M pseudo-random ints from an LCG (MINSTD), then a stable
# sort with key= of 300k of them; checksums over the sorted orders.
def checksum(xs):
    h = 0
    for v in xs:
        h = (h * 31 + v) % 1000000007
    return h


def main():
    n = 1000000
    seed = 1
    a = []
    for _ in range(n):
        seed = (seed * 48271) % 2147483647
        a.append(seed % 1000000)
    s = sorted(a)
    print("sort", s[0], s[n // 2], s[-1], checksum(s))
    k = sorted(a[:300000], key=lambda v: v % 1000)
    print("sort key", k[0], k[-1], checksum(k))


main()

# Quicksort, mergesort, insertion sort and heapsort agree with sorted().
def quicksort(xs):
    if len(xs) <= 1:
        return xs
    pivot = xs[len(xs) // 2]
    return quicksort([x for x in xs if x < pivot]) + [x for x in xs if x == pivot] + \
        quicksort([x for x in xs if x > pivot])
def mergesort(xs):
    if len(xs) <= 1:
        return xs[:]
    mid = len(xs) // 2
    a, b = mergesort(xs[:mid]), mergesort(xs[mid:])
    out, i, j = [], 0, 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i]); i += 1
        else:
            out.append(b[j]); j += 1
    return out + a[i:] + b[j:]
def insertion(xs):
    xs = xs[:]
    for i in range(1, len(xs)):
        key, j = xs[i], i - 1
        while j >= 0 and xs[j] > key:
            xs[j + 1] = xs[j]
            j -= 1
        xs[j + 1] = key
    return xs
def heapsort(xs):
    xs = xs[:]
    n = len(xs)
    def sift(start, end):
        root = start
        while 2 * root + 1 <= end:
            child = 2 * root + 1
            if child + 1 <= end and xs[child] < xs[child + 1]:
                child += 1
            if xs[root] < xs[child]:
                xs[root], xs[child] = xs[child], xs[root]
                root = child
            else:
                return
    for start in range(n // 2 - 1, -1, -1):
        sift(start, n - 1)
    for end in range(n - 1, 0, -1):
        xs[0], xs[end] = xs[end], xs[0]
        sift(0, end - 1)
    return xs
seed = 12345
data = []
for _ in range(60):
    seed = (seed * 1103515245 + 12345) % 2147483648
    data.append(seed % 1000 - 500)
expected = sorted(data)
for f in (quicksort, mergesort, insertion, heapsort):
    print(f.__name__, f(data) == expected, f(data)[:5], f([]), f([1]))
print(expected[:10], expected[-3:])

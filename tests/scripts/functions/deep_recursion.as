# Recursion several hundred frames deep works (well below the limit).
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
def sum_list(xs, i=0):
    return 0 if i == len(xs) else xs[i] + sum_list(xs, i + 1)
print(depth(900), sum_list(list(range(800))))
def mutual_a(n):
    return n if n <= 0 else mutual_b(n - 1)
def mutual_b(n):
    return mutual_a(n - 1)
print(mutual_a(850))

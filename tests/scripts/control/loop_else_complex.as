# else clauses with nested loops, try inside loops, and return inside else.
def search(matrix, target):
    for r, row in enumerate(matrix):
        for c, v in enumerate(row):
            if v == target:
                break
        else:
            continue
        return (r, c)
    else:
        return None
m = [[1, 2], [3, 4], [5, 6]]
print(search(m, 4), search(m, 7), search([], 1))
def first_even(xs):
    for x in xs:
        try:
            if x % 2 == 0:
                break
        except TypeError:
            print("skip", repr(x))
    else:
        return "none"
    return x
print(first_even([1, "a", 3, 4, 5]), first_even([1, 3]))
n = 0
while n < 5:
    n += 1
    if n == 10:
        break
else:
    print("while-else ran with n =", n)

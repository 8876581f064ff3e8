# Return: implicit None, bare return, multiple values, early exit from loops.
def nothing():
    pass
def bare():
    return
def multi():
    return 1, "two", [3]
def find(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            return i
    return -1
def nested_loops():
    for i in range(3):
        for j in range(3):
            if i * j == 2:
                return (i, j)
    return None
print(nothing(), bare(), multi())
a, b, c = multi()
print(a, b, c)
print(find([5, 6, 7], 7), find([5, 6, 7], 8))
print(nested_loops())
def while_return():
    n = 0
    while True:
        n += 1
        if n > 4:
            return n
print(while_return())

# List operators: + * += *= ==, nested aliasing with *, comparison.
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
print([0] * 3, [1, 2] * 2, 2 * ["x"], [] * 5, [1] * 0, [1] * -1)
grid = [[0] * 2] * 2
grid[0][0] = 1
print(grid)
grid = [[0] * 2 for _ in range(2)]
grid[0][0] = 1
print(grid)
c = [1]
c *= 3
print(c)
print([1, 2] == [1, 2], [1, 2] != [2, 1], [1, [2]] == [1, [2]], [1] == (1,))
print([1, 2, 3] < [1, 3], [2] > [1, 100], [1, 2] <= [1, 2], [] == [])
l = list(range(5))
l[1] = "one"
l[-1] = "last"
print(l)

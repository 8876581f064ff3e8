# The classic: calling a method on None returned by a function.
def find(items, x):
    for i in items:
        if i == x:
            return i
result = find([1, 2, 3], 5)
print(result)
result.bit_length()

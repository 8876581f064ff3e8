# The most negative 64-bit int written as a literal with unary minus.
x = -9223372036854775808
print(x, x + 1, type(x).__name__, x == -2 ** 62 - 2 ** 62)
print([-9223372036854775808, 9223372036854775807])

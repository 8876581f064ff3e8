# Integer arithmetic: + - * / // % ** and unary operators.
a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2)
print(-a, +a, ~a, ~0, ~-1, -(-a))
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, -2 ** 2, 2 ** -1, 2 ** -2)
print(10 / 2, type(10 / 2).__name__, 1 / 4, 7 / 7)
print(2 ** 62, 2 ** 62 - 1 + 2 ** 62, -2 ** 62 - 2 ** 62)
print(3 * 4 + 2, 3 + 4 * 2, (3 + 4) * 2, 2 * 3 ** 2, -3 ** 2)
print(100 - 10 - 1, 100 // 10 // 3, 2 ** 3 ** 2, 2 ** (3 ** 2))
print(7 * -1, 0 * -5, 123456789 * 987654321)
x = 5
x += 3; print(x)
x -= 1; print(x)
x *= 2; print(x)
x //= 3; print(x)
x %= 3; print(x)
x **= 5; print(x)
x /= 4; print(x)

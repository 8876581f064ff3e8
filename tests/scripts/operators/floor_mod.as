# // and % floor toward negative infinity for ints and floats.
for a in (7, -7):
    for b in (2, -2, 3, -3):
        print(a, b, a // b, a % b, a // b * b + a % b == a)
print(-1 // 10, -1 % 10, 1 // -10, 1 % -10)
print(0 // 5, 0 % -5, -0 % 5)
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2, 7.5 // -2, 7.5 % -2)
print(-6 // 3, -6 % 3, 6 % -3, 5.0 // 1, -5.0 // 1)
print(7 // 2.0, -7 // 2.0, 7 % 2.5, -7 % 2.5)
print(1e300 % 7 < 7, (-1e-20) % 1.0)

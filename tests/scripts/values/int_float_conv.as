# Mixed int/float arithmetic results and conversions.
print(1 + 1.0, 2 * 0.5, 3 - 3.0, 7 / 7, 2 ** 2.0, 9 ** 0.5, 10 // 4.0, 10 % 4.0)
print(type(1 + 1.0).__name__, type(4 / 2).__name__, type(4 // 2).__name__, type(2 ** -1).__name__)
print(int(7 / 2), int(-7 / 2), round(7 / 2), 7 // 2, -7 // 2)
print(float(7) == 7, int(7.0) == 7.0, int(7.9) == 7)
print(1e3 == 1000, int(1e3), str(1e3), str(1000))
print(3 * True, 3.0 + False, True / 4)

# round(): banker's rounding, ndigits positive/negative, float artefacts, types.
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.4999))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(3.14159, 3))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1))
print(round(5), round(5, 2), round(-7, -1), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(round(2.5, 0), round(-0.4), round(1e15), round(0.1 + 0.2, 10), round(1.23456789, 5))
print(round(-2.5), round(7.5), round(8.5), round(100.0, -3), round(0.0001, 3))

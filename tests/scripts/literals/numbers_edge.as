# Numeric literal edge cases.
print(0_0, 1_2_3, 0x_ff, 0o_7, 0b_1, 0xABCdef, 0o1_0)
print(1.e5, 0e0, 00.5, 1_000.000_1, 9.99e-1, 1E+0, 0.000_001)
print(.0, 0., 1e-0, 5e+00, 123e-2)
print(type(1e0).__name__, type(0x10).__name__, 1e2 == 100, 0x10 == 16 == 0o20 == 0b10000)
print(0xfffffffffffffff, 0o777777777777777777777, -0x7fffffffffffffff, 0x7fffffffffffffff)

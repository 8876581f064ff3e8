# Large ints within 64 bits behave exactly (Aster's ints are 64-bit).
big = 9223372036854775807
small = -9223372036854775807 - 1
print(big, small, big - 1, small + 1, -big)
print(big // 2, big % 10, small // 3, small % 7, big // -1)
print(2 ** 62, 2 ** 62 + (2 ** 62 - 1), 3 ** 39, 7 ** 22, -(3 ** 39))
print(10 ** 18, 10 ** 18 * 9, 123456789 * 987654321 * 10)
print(big >> 62, small >> 63, 1 << 62, (1 << 62) - 1 + (1 << 62))
print(hex(big), hex(small + 1), big == 2 ** 62 - 1 + 2 ** 62)
print(float(big), int(9.2e18), int(-9.2e18))
print(abs(small + 1), -(small + 1), big * 1, big + 0, small - 0)

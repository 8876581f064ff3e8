# Bitwise operators and shifts, with negative operands.
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a)
print(hex(a & b), hex(a | b), hex(a ^ b))
print(1 << 10, 1024 >> 3, -16 >> 2, -1 >> 10, -17 >> 1, 5 << 0)
print(-5 & 0xff, -5 | 2, -5 ^ -3, ~-6)
print(True & False, True | False, True ^ True, type(True & True).__name__)
print(6 & 3 | 8, 6 | 3 & 8, 1 + 2 << 3, 1 << 2 + 3, 8 >> 1 - 1)
x = 0xf0
x &= 0x3c; print(x)
x |= 1; print(x)
x ^= 0xff; print(x)
x <<= 4; print(x)
x >>= 2; print(x)
print(hex(0xdeadbeef & 0xffff), hex(-255), hex(0))

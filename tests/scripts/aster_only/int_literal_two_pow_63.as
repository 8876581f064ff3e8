# aster-only: 2**63 is past the 64-bit int range; only -2**63 may be written as a literal
x = -9223372036854775808
print(x)
y = 9223372036854775808

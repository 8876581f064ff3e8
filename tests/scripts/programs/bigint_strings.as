# Arbitrary-precision arithmetic on digit lists (what 64-bit ints cannot
# hold): factorials and powers of two printed in full.
def mul_small(digits, k):
    carry = 0
    out = []
    for d in digits:
        carry += d * k
        out.append(carry % 10)
        carry //= 10
    while carry:
        out.append(carry % 10)
        carry //= 10
    return out
def add(a, b):
    out, carry = [], 0
    for i in range(max(len(a), len(b))):
        s = carry + (a[i] if i < len(a) else 0) + (b[i] if i < len(b) else 0)
        out.append(s % 10)
        carry = s // 10
    if carry:
        out.append(carry)
    return out
def show(d):
    return "".join(str(x) for x in reversed(d))
f = [1]
for k in range(1, 31):
    f = mul_small(f, k)
print("30! =", show(f))
p = [1]
for _ in range(100):
    p = mul_small(p, 2)
print("2**100 =", show(p), "digit sum", sum(p))
a, b = [0], [1]
for _ in range(150):
    a, b = b, add(a, b)
print("fib(150) =", show(a), len(a), "digits")

# Numeric built-ins beyond the spec's list that Python programs use often:
# divmod, pow (2 and 3 arguments), bin, oct.
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2), divmod(7.5, 2), divmod(0, 5))
print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(-2, 3), pow(3, 4, 5), pow(7, 0, 3), pow(5, 3, 7))
print(bin(0), bin(5), bin(-5), bin(255), oct(0), oct(8), oct(-64), oct(511))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

# Float // and % with infinities, zeros and NaN follow CPython's rules.
inf = float("inf")
nan = float("nan")
print(5 % inf, -5 % inf, 5.0 % -inf, -5.0 % -inf)
print(5 // inf, -5 // inf, 5 // -inf, -5.0 // -inf)
print(inf // 1, -inf // 1, inf % 2, nan // 1, nan % 1, 1 // nan)
print(-0.0 // 1, 0.0 // -1, -1e-300 // 1, -0.0 % 5, 0.0 % -5)
print(7.0 // 0.5, -7.0 // 0.5, 7.5 % 0.5, 1e300 // 1e-300)
for a, b in [(1, 0.0), (1.0, 0), (0.0, 0.0)]:
    try:
        print(a // b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        print(a % b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)

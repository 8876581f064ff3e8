# as_integer_ratio() of int and float (values whose ratio fits in 64 bits).
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for x in [0.0, -0.0, 1.0, 0.5, -0.75, 0.1, 1e10, 2.0 ** 62, 3.0 * 2 ** 60, 1.5, 123.456, 2.0 ** -60,
          float("inf"), float("nan"), -float("inf")]:
    show(lambda: x.as_integer_ratio())
show(lambda: (5).as_integer_ratio())
show(lambda: True.as_integer_ratio())
show(lambda: (-7).as_integer_ratio())
show(lambda: float.as_integer_ratio(1))
show(lambda: int.as_integer_ratio(1.5))
n, d = (0.1).as_integer_ratio()
print(n / d == 0.1)

# Errors from slicing: zero step, extended-slice size mismatch, bad types.
def attempt(f):
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
def ext_assign():
    x = [0, 1, 2, 3, 4, 5]
    x[::2] = [9, 9]
    return x
def ok_ext_assign():
    x = [0, 1, 2, 3, 4, 5]
    x[::2] = "abc"
    return x
def step_zero_assign():
    x = [1, 2]
    x[::0] = []
attempt(lambda: [1, 2, 3][::0])
attempt(lambda: "abc"[::0])
attempt(ext_assign)
attempt(ok_ext_assign)
attempt(step_zero_assign)
attempt(lambda: [1, 2]["a":])
attempt(lambda: [1, 2][1.5:])
def str_slice_assign():
    s = "abc"
    s[0:1] = "x"
attempt(str_slice_assign)

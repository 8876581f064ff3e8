# IndexError/TypeError messages from indexing.
def attempt(f):
    try:
        print(f())
    except (IndexError, TypeError, KeyError) as e:
        print(type(e).__name__ + ":", e)
attempt(lambda: [1, 2][2])
attempt(lambda: [1, 2][-3])
attempt(lambda: (1,)[5])
attempt(lambda: "abc"[3])
attempt(lambda: [][0])
attempt(lambda: [1, 2]["a"])
attempt(lambda: [1, 2][1.0])
attempt(lambda: (1, 2)[None])
attempt(lambda: 5[0])
attempt(lambda: range(3)[3])
attempt(lambda: [1, 2][True])
def assign():
    x = [1]
    x[3] = 0
attempt(assign)
def tuple_assign():
    t = (1, 2)
    t[0] = 5
attempt(tuple_assign)
def str_assign():
    s = "ab"
    s[0] = "c"
attempt(str_assign)
def pop_empty():
    [].pop()
attempt(pop_empty)

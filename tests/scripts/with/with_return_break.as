# return/break/continue leaving a with block still call __exit__.
class T:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("enter", self.n)
        return self.n
    def __exit__(self, *exc):
        print("exit", self.n, exc[0])
def f():
    with T(1) as n:
        with T(2):
            return n * 100
print(f())
for i in range(3):
    with T(i):
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
def g():
    for i in range(2):
        with T(10 + i):
            try:
                return "from try"
            finally:
                print("finally inside with")
print(g())

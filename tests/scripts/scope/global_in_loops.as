# Loop variables and names assigned in if-blocks live in the enclosing
# function or module scope; there is no block scope.
for i in range(3):
    last_inside = i * 10
print(i, last_inside)
if True:
    defined_in_if = "visible"
print(defined_in_if)
def f():
    for j in range(2):
        pass
    while True:
        k = "from while"
        break
    try:
        t = "from try"
    finally:
        fin = "from finally"
    with open_like() as w:
        pass
    return j, k, t, fin, w
class open_like:
    def __enter__(self):
        return "from with"
    def __exit__(self, *a):
        return False
print(f())
total = 0
def add_all(items):
    global total
    for item in items:
        total += item
add_all([1, 2, 3])
add_all([4])
print(total)

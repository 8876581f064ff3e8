# pass in every block kind; empty-bodied constructs.
def f():
    pass
class C:
    pass
for _ in range(2):
    pass
while False:
    pass
if True:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
print(f(), type(C()).__name__)
x = 1; y = 2; x, y = y, x; print(x, y)

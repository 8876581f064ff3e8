# RecursionError can be caught and the program continues normally.
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("caught RecursionError:", e)
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
print("still works:", count(100))
try:
    forever(0)
except RuntimeError as e:
    print("caught again as RuntimeError:", type(e).__name__)

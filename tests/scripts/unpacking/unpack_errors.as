# ValueError and TypeError messages from failed unpacking.
def attempt(f):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
def too_many():
    a, b = [1, 2, 3]
def too_few():
    a, b, c = (1, 2)
def not_iterable():
    a, b = 5
def star_short():
    a, b, *c = [1]
def empty():
    a, = []
attempt(too_many)
attempt(too_few)
attempt(not_iterable)
attempt(star_short)
attempt(empty)

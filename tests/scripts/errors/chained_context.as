# An exception in a handler: the last line is the new exception.
try:
    1 / 0
except ZeroDivisionError:
    print("handling")
    [].pop()

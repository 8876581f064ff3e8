# from m import NAME where NAME is missing raises ImportError (the message
# ends with the module's file path, so only its start is printed).
try:
    from mathutil import does_not_exist
except ImportError as e:
    start = "cannot import name 'does_not_exist' from 'mathutil' ("
    print(type(e).__name__, str(e)[:len(start)] == start, str(e)[:len(start)])
from mathutil import square
print(square(3))

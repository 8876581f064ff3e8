# Ctrl-C in a loop that never calls anything raises KeyboardInterrupt inside
# the loop, where `except` catches it; the next one in an uncaught loop ends
# the program with a traceback and exit status 130.
import sys
n = 0
print("ready")
sys.stdout.flush()
try:
    while True:
        n += 1
except KeyboardInterrupt:
    print("caught in the loop", n > 0)
print("ready")
sys.stdout.flush()
for i in range(10 ** 15):
    pass

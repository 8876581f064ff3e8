# A second Ctrl-C while the first is still pending (the program is inside a
# long native call that does not poll) exits at once with status 130.
import sys
print("ready")
sys.stdout.flush()
x = sorted(range(10 ** 8), key=None)
print("not reached")

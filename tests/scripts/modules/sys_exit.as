# sys.exit(code) ends the program with that exit status, running finally
# blocks on the way out.
import sys

try:
    print("before exit")
    sys.stdout.flush()
    sys.exit(3)
finally:
    print("finally runs")
print("not reached")

# sys.argv with no arguments is just the script name.
import sys
print(sys.argv, type(sys.argv).__name__)

# sys.argv: the script name then the arguments, verbatim.
import sys
print(len(sys.argv), sys.argv[0])
for i, a in enumerate(sys.argv[1:], 1):
    print(i, repr(a))

# sys.stdin: readline, read and iteration over lines.
import sys

print(repr(sys.stdin.readline()))
print(repr(sys.stdin.readline(3)), repr(sys.stdin.readline()))
print(repr(sys.stdin.read(4)))
for line in sys.stdin:
    print("line:", repr(line))
    if line.startswith("stop"):
        break
print(repr(sys.stdin.read()))
print(repr(sys.stdin.readline()), repr(sys.stdin.read()))

# sys.stdin: readline, iteration, input() reading piped standard input.
import sys
print(repr(sys.stdin.readline()))
print(input())
for line in sys.stdin:
    print(repr(line))
print(repr(sys.stdin.read()))

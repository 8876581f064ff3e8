# A small command-line tool: sum the integer arguments.
import sys
nums = [int(a) for a in sys.argv[1:]]
print("sum of", nums, "=", sum(nums))

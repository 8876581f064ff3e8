# input() reads one line per call, without the newline; the prompt goes
# to stdout without a newline.
name = input("Name? ")
print("Hello,", name)
age = int(input("Age? "))
print("Next year:", age + 1)
rest = input()
print(repr(rest))

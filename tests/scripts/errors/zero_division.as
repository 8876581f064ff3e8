# Uncaught ZeroDivisionError: output before it is kept, exit status 1.
print("before")
x = 10
y = x - 10
print(x / y)
print("not reached")

while x:
    x
else:
x

if x:
    x
elif y:
x

# Uncaught TypeError: unsupported operand types.
total = 0
for item in [1, 2, None]:
    print("adding", item)
    total = total + item

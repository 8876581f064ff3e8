# Uncaught EOFError when stdin is empty.
print("reading")
x = input("> ")

# Uncaught exception without a message: last line is just the type name.
print("raising")
raise RuntimeError

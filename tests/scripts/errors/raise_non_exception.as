# Raising something that is not an exception is a TypeError.
print("about to raise an int")
raise 42

# finally runs before the exception leaves the program.
try:
    print("body")
    raise ValueError("escaping")
finally:
    print("cleanup")

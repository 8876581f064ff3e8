# An exception during a module's execution propagates out of the import.
try:
    import raising_mod
except ValueError as e:
    print("caught:", e)

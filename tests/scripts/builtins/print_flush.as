# print accepts flush=True (a no-op for ordering here) and file=None.
print("a", flush=True)
print("b", "c", sep="+", end="|\n", flush=False)
print("d", file=None)

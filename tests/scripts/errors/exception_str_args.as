# Uncaught exception with several args: the last line shows the args tuple.
raise ValueError("bad value", 42)

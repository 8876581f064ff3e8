# An uncaught ExceptionGroup prints Python's group traceback (nested groups,
# margins, numbered members, closing line).
try:
    raise ValueError(1)
except ValueError as e:
    raise ExceptionGroup("msg", [e, ExceptionGroup("inner", [TypeError(2)])])

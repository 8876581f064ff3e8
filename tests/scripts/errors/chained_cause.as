# raise ... from ...: the last stderr line is the final exception.
try:
    {}["k"]
except KeyError as e:
    raise RuntimeError("lookup failed") from e

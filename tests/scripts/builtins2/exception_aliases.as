# IOError and EnvironmentError are OSError itself.
print(IOError is OSError, EnvironmentError is OSError)
print(IOError.__name__, EnvironmentError.__name__)
try:
    raise IOError(2, "No such file or directory", "x.txt")
except EnvironmentError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
    print(isinstance(e, OSError), e)
try:
    raise FileNotFoundError("gone")
except IOError as e:
    print("caught", type(e).__name__, e)
print(issubclass(FileNotFoundError, IOError), issubclass(IOError, Exception))
try:
    open("/nonexistent/dir/file.txt")
except IOError as e:
    print(type(e).__name__, e.errno)

# The rest of Python's built-in exception classes exist, with their parents.
classes = [GeneratorExit, FloatingPointError, UnicodeTranslateError, IndentationError, TabError,
           SystemError, BufferError, ReferenceError, Warning, UserWarning, DeprecationWarning,
           PendingDeprecationWarning, SyntaxWarning, RuntimeWarning, FutureWarning, ImportWarning,
           UnicodeWarning, BytesWarning, ResourceWarning, EncodingWarning]
for c in classes:
    print(c.__name__, c.__base__.__name__, issubclass(c, Exception))

class Deprecated(DeprecationWarning):
    pass

try:
    raise Deprecated("old api")
except Warning as w:
    print(type(w).__name__, w, isinstance(w, DeprecationWarning))

try:
    raise TabError("bad tabs")
except SyntaxError as e:
    print(repr(e))

try:
    raise GeneratorExit
except Exception:
    print("not an Exception")
except BaseException as e:
    print("BaseException", type(e).__name__)

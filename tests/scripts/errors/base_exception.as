# A BaseException subclass that is not an Exception is still reported.
class Stop(BaseException):
    pass
try:
    raise Stop("stopping")
except Exception:
    print("not caught here")

# User exception hierarchies: attributes, __str__, args, catching by base.
class AppError(Exception):
    pass
class DbError(AppError):
    def __init__(self, table, msg):
        super().__init__(msg)
        self.table = table
class NotFound(DbError):
    def __str__(self):
        return f"{self.table}: not found ({self.args[0]})"
class Timeout(AppError):
    pass
for exc in [NotFound("users", "id=3"), DbError("orders", "locked"), Timeout("slow"), AppError()]:
    try:
        raise exc
    except NotFound as e:
        print("NotFound ->", e, e.table)
    except DbError as e:
        print("DbError ->", e, e.table, e.args)
    except AppError as e:
        print("AppError ->", type(e).__name__, repr(str(e)), e.args)
print(issubclass(NotFound, AppError), issubclass(Timeout, DbError), issubclass(AppError, Exception))
print(isinstance(NotFound("t", "m"), Exception), isinstance(Timeout(), BaseException))
e = NotFound("t", "m")
print(repr(DbError("x", "y")), repr(Timeout("a", 2)))
print(NotFound.__name__, NotFound.__mro__[1].__name__)
class WithCode(ValueError):
    code = 400
try:
    raise WithCode("bad input")
except ValueError as e:
    print(type(e).__name__, e, e.code)

# If __enter__ raises, __exit__ is not called and the body does not run.
class Bad:
    def __enter__(self):
        print("enter raising")
        raise OSError_like("cannot open")
    def __exit__(self, *a):
        print("exit should not run")
class OSError_like(Exception):
    pass
try:
    with Bad():
        print("body should not run")
except OSError_like as e:
    print("caught:", e)
class Ok:
    def __enter__(self):
        print("ok enter")
        return self
    def __exit__(self, *a):
        print("ok exit", a[0].__name__ if a[0] else None)
        return False
try:
    with Ok(), Bad():
        print("not run")
except OSError_like as e:
    print("caught:", e)

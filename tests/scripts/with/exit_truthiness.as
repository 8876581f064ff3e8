# __exit__'s return value is tested for truthiness; the exception object
# seen by __exit__ is the one raised.
class R:
    def __init__(self, ret):
        self.ret = ret
    def __enter__(self):
        return None
    def __exit__(self, t, v, tb):
        print("exit got", t.__name__ if t else None, repr(v), "returning", repr(self.ret))
        return self.ret
for ret in [None, 0, "", 1, "yes", [], [0]]:
    try:
        with R(ret) as nothing:
            print("as binds", nothing)
            raise ValueError(ret)
        print("suppressed")
    except ValueError:
        print("propagated")

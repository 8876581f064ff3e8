# Nested with statements; inner suppresses, outer sees nothing; exceptions
# from __exit__ replace the original one.
log = []
class CM:
    def __init__(self, name, suppress=False, fail_exit=False):
        self.name, self.suppress, self.fail_exit = name, suppress, fail_exit
    def __enter__(self):
        log.append("enter " + self.name)
        return self
    def __exit__(self, t, v, tb):
        log.append(f"exit {self.name} {t.__name__ if t else '-'}")
        if self.fail_exit:
            raise RuntimeError("exit of " + self.name + " failed")
        return self.suppress
with CM("a"):
    with CM("b", suppress=True):
        with CM("c"):
            raise ValueError("deep")
    log.append("after b")
print(log)
log.clear()
try:
    with CM("x", fail_exit=True):
        raise ValueError("original")
except RuntimeError as e:
    print("caught", e, "| context:", repr(e.__context__))
print(log)
log.clear()
try:
    with CM("p") as p, CM("q", fail_exit=True) as q:
        log.append("body " + p.name + q.name)
except RuntimeError as e:
    print("caught", e)
print(log)

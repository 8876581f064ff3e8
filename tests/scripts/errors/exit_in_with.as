# __exit__ runs (and prints) before the uncaught exception is reported.
class Guard:
    def __enter__(self):
        print("enter")
    def __exit__(self, t, v, tb):
        print("exit sees", t.__name__, v)
with Guard():
    print("body")
    {}["missing"]

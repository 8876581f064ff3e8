class A:
    pass
class B(A):
    x = 1
    def __init__(self, v):
        super().__init__()
        self.v = v
    def __str__(self):
        return f"B({self.v})"
class C(A, metaclass=M, **kw):
    "docstring"
class D():
    async def __aenter__(self): return self
    async def __aexit__(self, *exc): pass
class E(*bases): pass

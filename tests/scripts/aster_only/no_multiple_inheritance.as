# aster-only: Aster deliberately has no multiple inheritance (python3 runs this).
class A:
    pass
class B:
    pass
class C(A, B):
    pass

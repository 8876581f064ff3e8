# aster-only: Aster deliberately has no metaclasses (python3 runs this).
class Meta(type):
    pass
class C(metaclass=Meta):
    pass

# aster-only: Aster deliberately has no generators: yield is a syntax error (python3 runs it).
def gen():
    yield 1
print(list(gen()))

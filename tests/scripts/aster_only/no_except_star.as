# aster-only: Aster deliberately does not support except* (python3 runs this).
try:
    pass
except* ValueError:
    pass

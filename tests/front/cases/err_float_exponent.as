# aster-pos: 2:6 (CPython points one column early)
x = 1e

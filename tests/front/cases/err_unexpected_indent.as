# aster-pos: 3:5 (CPython points one column early)
x = 1
    y = 2

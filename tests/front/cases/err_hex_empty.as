# aster-pos: 2:7 (CPython points one column early)
x = 0x

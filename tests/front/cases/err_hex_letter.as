# aster-pos: 2:8 (CPython points one column early)
x = 0xfg

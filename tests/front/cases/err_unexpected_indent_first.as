# aster-pos: 2:2 (CPython points one column early)
 x = 1

# aster-pos: 2:5 (Aster points at the literal, CPython past its end)
x = 'ab\U0011ffff'

# aster-pos: 2:5 (Aster points at the literal, CPython past its end)
x = b'\x4'

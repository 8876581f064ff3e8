# aster-pos: 2:11 (Aster points at the token where 'else' was expected)
x = 1 if y

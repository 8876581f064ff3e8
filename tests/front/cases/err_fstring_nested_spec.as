# aster-pos: 2:13 (CPython 3.11 f-string positions are relative to a copy)
x = f'{x:{y:{z}}}'

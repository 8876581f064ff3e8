# aster-pos: 2:7 (CPython 3.11 f-string positions are relative to a copy)
x = f'}'

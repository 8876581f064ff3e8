# aster-pos: 2:10 (CPython 3.11 f-string positions are relative to a copy)
x = f'{x!}'

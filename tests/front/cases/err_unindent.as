# aster-pos: 4:2 (Aster points at the first token of the line)
if x:
  a
 b

# aster-pos: 4:9 (Aster points at the first token of the line)
if x:
	a
        b

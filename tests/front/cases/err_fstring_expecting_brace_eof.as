# aster-pos: 2:9 (PEP 701: the second quote starts a string inside the field)
x = f"{x"

# Uncaught ValueError from int().
for s in ["12", "-3", "x1"]:
    print(int(s) * 2)

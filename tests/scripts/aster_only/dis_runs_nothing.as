# aster-only: --dis prints Aster bytecode and runs nothing; python3 has no such output.
x = 1
print(x)

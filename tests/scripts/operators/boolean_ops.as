# and/or return one of their operands and short-circuit; not returns a bool.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or 0, [] and 1)
print('' or 'default', 'x' or 'default', [] or {} or 'last')
print(not 0, not 1, not '', not [0], not None)
def t(v):
    print("called", v)
    return v
print(t(0) and t(1))
print(t(1) and t(2))
print(t(1) or t(2))
print(t(0) or t(0) or t(3))
print(t(None) and t(1) or t(4))
x = [] or [1, 2]
print(x, type(0 and 1.5).__name__, type(1 and 1.5).__name__)
print(True and 'yes' or 'no', False and 'yes' or 'no')

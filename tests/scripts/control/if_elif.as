# if/elif/else chains, truthiness of conditions, nested ifs.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
print([classify(n) for n in (-5, 0, 3, 99)])
for v in [0, 1, "", "a", [], [0], {}, None, 0.0, -1]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
x = 15
if x > 10:
    if x > 20:
        print("x > 20")
    else:
        print("10 < x <= 20")
if x == 15: print("inline")
elif x: print("never")
if not x:
    pass
else:
    print("else branch")

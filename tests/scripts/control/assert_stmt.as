# assert passes silently, raises AssertionError with or without message.
assert True
assert 1 == 1, "not shown"
try:
    assert 1 == 2
except AssertionError as e:
    print("caught", repr(e), e.args)
try:
    assert [], "list was empty"
except AssertionError as e:
    print("caught", e)
try:
    x = 5
    assert x < 0, f"x={x} must be negative"
except AssertionError as e:
    print(e)
def check(v):
    assert isinstance(v, int), ("bad type", type(v).__name__)
    return v
try:
    check("s")
except AssertionError as e:
    print(e.args[0])

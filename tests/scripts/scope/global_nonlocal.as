# global and nonlocal rebinding; reading globals without declaration.
count = 0
def bump():
    global count
    count += 1
    return count
bump(); bump()
print(count)
def reader():
    return count * 10
print(reader())
def make_global():
    global created
    created = "made inside"
make_global()
print(created)
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    inner(); inner()
    return x
print(outer())
def deep():
    v = "a"
    def mid():
        def inner():
            nonlocal v
            v += "c"
        nonlocal v
        v += "b"
        inner()
    mid()
    return v
print(deep())
def shadow():
    count = 100
    return count
print(shadow(), count)

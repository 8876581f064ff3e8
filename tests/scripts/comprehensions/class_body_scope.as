# In a class body, only the outermost iterable of a comprehension can see
# class-level names; the element expression cannot.
class K:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    factor = 10
    try:
        scaled = [i * factor for i in items]
    except NameError as e:
        scaled = "NameError: " + str(e)
print(K.doubled, K.scaled)

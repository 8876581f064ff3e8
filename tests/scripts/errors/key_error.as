# Uncaught KeyError: the message is the repr of the key.
d = {"a": 1}
print(d["a"])
print(d["b"])

# Uncaught KeyError whose key is a string containing a quote.
d = {}
print(d.get("it's", "default"))
d["it's"]

# A key's __eq__ that changes the dict or set being searched: the lookup
# starts over on the table as it now is (no crash, CPython's answers).
class K:
    def __hash__(self):
        return 1

    def __eq__(self, other):
        d.clear()
        return False


d = {K(): 1}
print(K() in d, len(d))
d = {K(): 1}
print(d.get(K(), "missing"), len(d))
d = {K(): 1}
d[K()] = 2
print(len(d))
d = {K(): 1}
print(d.pop(K(), "none"), len(d))
d = {K(): 1}
try:
    del d[K()]
except KeyError:
    print("KeyError", len(d))

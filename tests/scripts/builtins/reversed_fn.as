# reversed() on lists, tuples, strings, ranges and __reversed__-less sequences.
print(list(reversed([1, 2, 3])), tuple(reversed((1, 2))), list(reversed("abc")))
print(list(reversed(range(5))), list(reversed([])), list(reversed(range(0, 10, 3))))
lst = [1, 2, 3]
r = reversed(lst)
print(next(r), next(r), list(r))
print(list(reversed({'a': 1, 'b': 2})))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "abc"[i]
print(list(reversed(Seq())))
try:
    reversed(5)
except TypeError as e:
    print("TypeError:", e)

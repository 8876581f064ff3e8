# Iteration/repr order of sets of small non-negative ints follows the hash
# table (ascending for a small table), not insertion order.
print({5, 3, 1, 4}, {10, 2, 7}, set([9, 8, 7, 6, 5]), list({3, 2, 1}))
print({x % 5 for x in range(20, 0, -1)})
print(sorted({"b", "a", "c"}), len({"a", "a"}))

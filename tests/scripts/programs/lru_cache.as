# An LRU cache using dict insertion order, with hit/miss statistics.
class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = {}
        self.hits = self.misses = 0
    def get(self, key, compute):
        if key in self.data:
            self.hits += 1
            value = self.data.pop(key)
            self.data[key] = value
            return value
        self.misses += 1
        value = compute(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            oldest = next(iter(self.data))
            del self.data[oldest]
            print("  evict", oldest)
        return value
    def __repr__(self):
        return f"LRU({list(self.data)}, hits={self.hits}, misses={self.misses})"
cache = LRU(3)
for k in [1, 2, 3, 1, 4, 2, 5, 1, 1, 3]:
    v = cache.get(k, lambda x: x * x)
    print(k, v, cache)

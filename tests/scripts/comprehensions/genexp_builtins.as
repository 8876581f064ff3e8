# Generator expressions consumed whole by sum/min/max/any/all/join/sorted.
nums = [3, 8, -2, 7, 0]
print(sum(x * x for x in nums), sum(x for x in nums if x > 0))
print(min(abs(x) for x in nums), max(x % 5 for x in nums))
print(any(x < 0 for x in nums), all(x < 10 for x in nums), any(x > 100 for x in nums))
print(",".join(str(x) for x in nums), "".join(c for c in "a-b-c" if c != "-"))
print(sorted(x for x in nums), list(x + 1 for x in range(3)), tuple(c for c in "hi"))
print(dict((k, len(k)) for k in ["one", "three"]))
print(sum(1 for _ in range(100)), max((len(w), w) for w in ["aa", "b", "ccc"]))
print(all(x for x in []), any(x for x in []))

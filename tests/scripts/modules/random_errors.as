# random: the errors of the module functions, and values whose type or
# range is all that is deterministic (no seed).
import random

random.seed(3)
tests = [
    lambda: random.choice([]), lambda: random.choice(""), lambda: random.choice(range(0)),
    lambda: random.randrange(0), lambda: random.randrange(-5), lambda: random.randrange(5, 5),
    lambda: random.randrange(5, 2), lambda: random.randrange(0, 10, 0), lambda: random.randrange(0, 10, -1),
    lambda: random.randrange(10, step=2), lambda: random.randint(5, 1), lambda: random.randint(3, 3),
    lambda: random.sample([1, 2], 3), lambda: random.sample([1, 2], -1), lambda: random.sample({1, 2}, 1),
    lambda: random.sample({"a": 1}, 1), lambda: random.sample([1, 2], 2, counts=[1]),
    lambda: random.sample([1, 2], 1, counts=[0, 0]), lambda: random.sample([1, 2], 1, counts=[1.5, 1]),
    lambda: random.choices([], k=2), lambda: random.choices([1, 2], weights=[1], k=2),
    lambda: random.choices([1, 2], weights=[0, 0]), lambda: random.choices([1, 2], weights=[1, 2], cum_weights=[1, 3]),
    lambda: random.choices([1, 2], [1, 1], k=0), lambda: random.choices("ab", weights=[1, float("inf")]),
    lambda: random.getrandbits(-1), lambda: random.getrandbits(1.5), lambda: random.seed([1]),
    lambda: random.seed({}), lambda: random.shuffle((1, 2, 3)), lambda: random.shuffle([]),
    lambda: random.uniform("a", 1), lambda: random.expovariate(0), lambda: random.gauss("x"),
    lambda: random.random(1), lambda: random.choices([1], foo=2),
]
for i, t in enumerate(tests):
    try:
        r = t()
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(i, r, random.getrandbits(8))

random.seed()
r = random.random()
print(type(r).__name__, 0.0 <= r < 1.0)
random.seed(None)
print(all(1 <= random.randint(1, 6) <= 6 for _ in range(200)))
print(sorted(set(random.randrange(3) for _ in range(200))))
l = list(range(20))
random.shuffle(l)
print(sorted(l) == list(range(20)), len(random.sample(range(100), 100)))

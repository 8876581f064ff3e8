# random: with a seed, every function reproduces CPython's sequence exactly
# (MT19937, CPython's seeding of ints, floats, str and bytes, _randbelow).
import random

for s in [42, 0, 1, -5, 2 ** 32, 2 ** 40 + 7, 123456789012345, 9223372036854775807, 3.5, -0.25, "hello", "", "héllo wörld", b"abc", True]:
    random.seed(s)
    print(repr(s), random.random(), random.randint(1, 100), random.choice("abcdef"))
    cards = list(range(10))
    random.shuffle(cards)
    print(cards)
    print(random.getrandbits(1), random.getrandbits(31), random.getrandbits(32), random.getrandbits(33), random.getrandbits(63))
    print(random.randrange(10), random.randrange(5, 50), random.randrange(0, 100, 7), random.randrange(100, 0, -3), random.randrange(-10, 10))
    print(random.uniform(1, 5), random.uniform(2.5, -1))
    print(random.sample(range(100), 10), random.sample("abcdefgh", 3), random.sample(range(10 ** 6), 8))
    print(random.choices("abc", k=5), random.choices([1, 2, 3], weights=[1, 0, 5], k=6), random.choices("xyz", cum_weights=[1, 2, 10], k=4))
    print(random.gauss(), random.gauss(10, 2), random.normalvariate(), random.expovariate(2), random.triangular(), random.triangular(1, 10, 3))
    print(random.sample(["red", "blue"], counts=[4, 2], k=5))

random.seed(12345)
xs = [random.random() for _ in range(1000)]
print(sum(xs), min(xs), max(xs))
random.seed(99)
print([random.randint(-10 ** 18, 10 ** 18) for _ in range(5)])
print([random.randrange(-2 ** 62, 2 ** 62, 3) for _ in range(5)])
print([random.getrandbits(63) for _ in range(3)], random.getrandbits(0))
print(random.sample(range(10000), 30))
print(random.choices(range(10), k=20), random.choices((), k=0))
deck = [r + s for r in "A23456789TJQK" for s in "SHDC"]
random.shuffle(deck)
print(deck[:10])
random.seed(7)
a = [random.random() for _ in range(3)]
random.seed(7)
print(a == [random.random() for _ in range(3)])
random.seed(5)
print(random.gauss(mu=1, sigma=0), random.gauss(sigma=2), random.randrange(start=3, stop=7), random.triangular(mode=1, low=0, high=2))
print(random.sample(population=[1, 2, 3], k=2), random.triangular(2, 2, 2), random.uniform(1, 1))
tup = (10, 20, 30)
print(random.choice(tup), random.choice(range(5, 50, 5)), random.sample(tup, 3))

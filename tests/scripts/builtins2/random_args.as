# The random module's functions bind their arguments as CPython's Python methods do.
import random
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
random.seed(12345)
show(lambda: random.randint(a=1, b=10))
show(lambda: random.randrange(start=5))
show(lambda: random.randrange(1, stop=100, step=7))
show(lambda: random.choice(seq=[1, 2, 3]))
x = [1, 2, 3, 4, 5]
show(lambda: random.shuffle(x=x))
print(x)
show(lambda: random.sample(population=range(100), k=3))
show(lambda: random.choices(population='abc', k=4))
show(lambda: random.choices('abc', [1, 2, 3], k=4))
show(lambda: random.uniform(b=2.0, a=1.0))
show(lambda: random.triangular(high=5.0))
show(lambda: random.gauss(sigma=2.0))
show(lambda: random.normalvariate(mu=1.0))
show(lambda: random.expovariate(lambd=2.0))
show(lambda: random.expovariate(0.5))
show(lambda: random.expovariate())
show(lambda: random.seed(a=5, version=2))
show(lambda: random.random())
show(lambda: random.seed(1, 2, 3))
show(lambda: random.sample([1], 1, 2, 3, counts=[1]))
show(lambda: random.choices([1], None, 1, cum_weights=None, k=1))
show(lambda: random.randint(1, 2, b=3))
show(lambda: random.triangular(1, 2, 3, low=1))
show(lambda: random.triangular(1, 2, 3, 4))
show(lambda: random.shuffle())
show(lambda: random.randint(self=1))

def check(f):   # errors only: the values after an OS reseed are not reproducible
    try:
        f()
        print("ok")
    except Exception as e:
        print(type(e).__name__ + ":", e)

for n in ['seed', 'random', 'getrandbits', 'randrange', 'randint', 'choice', 'shuffle', 'sample',
          'choices', 'uniform', 'triangular', 'gauss', 'normalvariate', 'expovariate']:
    f = getattr(random, n)
    check(lambda: f())
    check(lambda: f(1,2,3,4,5))
    check(lambda: f(foo=1))
    check(lambda: f([1,2,3], foo=1))
check(lambda: random.sample([1,2],1,2))
check(lambda: random.sample([1,2],1,2,counts=None))
check(lambda: random.choices([1,2],None,2))
check(lambda: random.choices([1,2],None,2, k=3))
check(lambda: random.randint(1))
check(lambda: random.randint(b=1))
check(lambda: random.randint(1, a=1))
check(lambda: random.uniform())
check(lambda: random.triangular(1,2,3,4))
check(lambda: random.expovariate(lambd=0))
check(lambda: random.expovariate(1, lambd=0))
check(lambda: random.randrange(1, start=1))

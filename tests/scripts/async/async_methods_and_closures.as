# Pins async methods (awaiting self's other async methods, bound methods as task bodies, super()) and async closures capturing and rebinding outer variables.
class Counter:
    def __init__(self):
        self.n = 0

    async def add(self, k):
        await sleep(0)
        self.n += k
        return self.n

    async def add_twice(self, k):
        await self.add(k)
        return await self.add(k)

class Loud(Counter):
    async def add(self, k):
        r = await super().add(k)
        print("added", k, "->", r)
        return r

def make_acc():
    total = 0
    async def acc(x):
        nonlocal total
        await sleep(0)
        total += x
        return total
    return acc

async def main():
    c = Counter()
    print(await c.add_twice(5))
    t = create_task(c.add(1))
    print(await t, c.n)
    l = Loud()
    print(await l.add_twice(2))
    acc = make_acc()
    print(await gather(acc(1), acc(10), acc(100)))

run(main())

# Pins that thousands of concurrently suspended tasks work: 5000 tasks sleep, all wake, and gather collects every result in argument order.
woken = []

async def worker(i):
    await sleep(0.01 * (i % 3))
    woken.append(i % 3)
    return i * i

async def main():
    res = await gather(*[worker(i) for i in range(5000)])
    print(len(res), res[:5], res[-1], sum(res))
    print(len(woken), woken.count(0), woken.count(1), woken.count(2))

run(main())

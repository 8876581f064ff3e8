# Pins point 2: sleep(d) with d <= 0 behaves exactly like sleep(0): one yield, strict alternation.
log = []

async def worker(name, delay):
    for i in range(3):
        log.append(name + str(i))
        await sleep(delay)

async def main():
    await gather(worker("a", -1), worker("b", 0), worker("c", -0.5))
    print(" ".join(log))

run(main())

# Pins point 2: sleep(0) yields exactly once, so two tasks looping on sleep(0) strictly alternate.
log = []

async def worker(name, n):
    for i in range(n):
        log.append(name + str(i))
        await sleep(0)

async def main():
    await gather(worker("a", 3), worker("b", 3))
    print(" ".join(log))

run(main())

# Pins point 3: a sibling counts loop iterations: await create_task(noop()) costs 2, await gather(noop(), noop()) costs 3, await sleep(0) costs 1, await noop() costs 0.
ticks = 0

async def ticker():
    global ticks
    while True:
        ticks += 1
        await sleep(0)

async def noop():
    pass

async def measure(label, make):
    start = ticks
    await make()
    print(label, ticks - start)

async def main():
    t = create_task(ticker())
    await sleep(0)
    await measure("coroutine", lambda: noop())
    await measure("sleep0", lambda: sleep(0))
    await measure("task", lambda: create_task(noop()))
    await measure("gather", lambda: gather(noop(), noop()))
    await measure("gather-empty", lambda: gather())
    await measure("sleep0-again", lambda: sleep(0))
    t.cancel()

run(main())

# Pins gather(c, c) with one coroutine object: it is wrapped in one task, runs once, and its result appears twice.
runs = []

async def once():
    runs.append(1)
    await sleep(0)
    return "r"

async def main():
    c = once()
    print(await gather(c, c, once()))
    print(len(runs))

run(main())

# Pins point 6: when a gather child fails, its siblings are not cancelled and run to completion; the gather itself ends done, not cancelled.
log = []

async def ok(name, delay):
    try:
        await sleep(delay)
        log.append(name + " done")
        return name
    except CancelledError:
        log.append(name + " cancelled")
        raise

async def bad():
    await sleep(0.02)
    raise RuntimeError("bad")

async def main():
    a = create_task(ok("a", 0.06))
    g = gather(a, bad(), ok("b", 0.04))
    try:
        await g
    except RuntimeError as e:
        print("caught", e)
    print(g.done(), g.cancelled(), a.done(), a.cancelled())
    print(log)
    await sleep(0.08)
    print(log)
    print(a.result())

run(main())

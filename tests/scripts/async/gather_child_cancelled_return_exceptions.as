# Pins point 7: with return_exceptions=True a child cancelled by someone else shows up as a CancelledError in the result list.
async def child(d):
    await sleep(d)
    return d

async def main():
    victim = create_task(child(0.04))
    g = gather(child(0.02), victim, return_exceptions=True)
    await sleep(0)
    victim.cancel()
    res = await g
    print(res[0])
    print(type(res[1]).__name__, isinstance(res[1], CancelledError), res[1].args)
    print(g.cancelled(), victim.cancelled())

run(main())

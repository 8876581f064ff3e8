# Pins point 6: after the first gather child error propagates, a later child's error is retrieved by gather (no "never retrieved" report) and the gather keeps the first one.
# Exits with status 3 so that the expectation pins an empty stderr.
async def fail(delay, exc):
    await sleep(delay)
    raise exc

async def main():
    g = gather(fail(0.02, ValueError("first")), fail(0.04, TypeError("second")))
    try:
        await g
    except ValueError as e:
        print("caught", repr(e))
    await sleep(0.06)
    print(g.done(), repr(g.exception()))

run(main())
raise SystemExit(3)

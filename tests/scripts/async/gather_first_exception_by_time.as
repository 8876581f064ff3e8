# Pins point 6: with return_exceptions=False the exception that happens first in time propagates at once, not the first by position.
async def fail(delay, exc):
    await sleep(delay)
    raise exc

async def main():
    loop = get_running_loop()
    start = loop.time()
    try:
        await gather(fail(0.06, ValueError("late")), fail(0.02, KeyError("early")), sleep(0.3))
    except Exception as e:
        print("caught", type(e).__name__, e)
    print("propagated before the slow child", loop.time() - start < 0.2)

run(main())

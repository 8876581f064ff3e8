# Pins point 8: the waiter of gather(return_exceptions=True) still gets CancelledError when it is cancelled itself; the children are cancelled.
async def child(d):
    await sleep(d)
    return d

async def waiter(children):
    try:
        res = await gather(*children, return_exceptions=True)
        print("no error:", res)
    except CancelledError:
        print("waiter got CancelledError")
        raise

async def main():
    children = [create_task(child(0.5)), create_task(child(0.6))]
    w = create_task(waiter(children))
    await sleep(0.02)
    w.cancel()
    try:
        await w
    except CancelledError:
        print("main: w raised CancelledError")
    print(w.cancelled(), [c.cancelled() for c in children])

run(main())

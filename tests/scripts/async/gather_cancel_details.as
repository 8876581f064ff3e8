# gather(return_exceptions=True) and cancellation, step for step as asyncio:
# a cancelled task child appears as CancelledError(''); a cancelled gather
# raises the cancel error of its last child in argument order (a plain
# CancelledError() if that one finished otherwise); a child that turns its
# cancellation into another error leaves nothing unretrieved.


async def sleeper():
    await sleep(1)


async def quick():
    return "q"


async def converts():
    try:
        await sleep(1)
    except CancelledError:
        raise ValueError("converted")


async def main():
    t = create_task(sleeper())
    g = gather(t, return_exceptions=True)
    await sleep(0)
    t.cancel("xx")
    r = await g
    print(repr(r[0]), r[0].args)
    try:
        t.exception()
    except CancelledError as e:
        print("task:", repr(e))

    async def waiter():
        try:
            await gather(sleeper(), quick(), return_exceptions=True)
        except CancelledError as e:
            print("gather cancelled with args", e.args)

    w = create_task(waiter())
    await sleep(0.02)
    w.cancel("M")
    await w

    for children in ((converts(), sleeper()), (sleeper(), converts()), (converts(),)):
        g = gather(*children, return_exceptions=True)
        await sleep(0)
        g.cancel()
        try:
            print(await g)
        except CancelledError as e:
            print("CancelledError", e.args)
        except ValueError as e:
            print("ValueError", e)
        print(g.cancelled())


run(main())

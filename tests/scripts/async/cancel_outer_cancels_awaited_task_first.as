# Pins point 14: cancelling a task that awaits another task cancels the inner task first, then the outer; both end cancelled.
log = []

async def inner():
    try:
        await sleep(1)
    except CancelledError:
        log.append("inner cancelled")
        raise

async def outer(t):
    try:
        await t
    except CancelledError:
        log.append("outer cancelled")
        raise

async def main():
    i = create_task(inner())
    o = create_task(outer(i))
    await sleep(0)
    o.cancel("msg")
    await sleep(0)
    print(log, i.cancelled(), o.done())
    await sleep(0)
    print(log, i.cancelled(), o.cancelled())

run(main())

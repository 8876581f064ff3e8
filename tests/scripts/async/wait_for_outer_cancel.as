# Pins cancelling a task blocked in wait_for: the inner awaitable is cancelled too and the task ends cancelled (not TimeoutError).
log = []

async def inner():
    try:
        await sleep(1)
    except CancelledError:
        log.append("inner cancelled")
        raise

async def waiter():
    try:
        await wait_for(inner(), 0.5)
    except TimeoutError:
        log.append("timeout?!")
    except CancelledError:
        log.append("waiter cancelled")
        raise

async def main():
    t = create_task(waiter())
    await sleep(0.02)
    t.cancel()
    try:
        await t
    except CancelledError:
        pass
    print(log, t.cancelled())

run(main())
